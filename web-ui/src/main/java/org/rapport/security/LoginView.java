package org.rapport.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in. Spring Security checks the form; this view only shows it and any error. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Rapport")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    /** The query parameter that says sign-in was refused for too many failures, with the seconds to wait. */
    public static final String THROTTLED = "throttled";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph about = new Paragraph("Practise responding to people who doubt or refuse treatment: listen, "
                + "empathize, agree, partner. Rapport trains communication skills; it is not treatment and not "
                + "crisis support.");
        about.setMaxWidth("26rem");
        add(new H1("Rapport"), about, form, new Anchor("signup", "New here? Join a cohort with an invite code"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        var throttled = parameters.getSingleParameter(THROTTLED);
        if (throttled.isPresent()) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("To protect this account, sign-in from here is paused. Try again in "
                    + waitInWords(throttled.get()) + ".");
        }
        form.setI18n(i18n);
        form.setError(throttled.isPresent() || parameters.getParameters().containsKey("error"));
    }

    private static String waitInWords(String seconds) {
        try {
            return SignInThrottledException.inWords(Math.max(1, Long.parseLong(seconds)));
        } catch (NumberFormatException e) {
            return "a few minutes";
        }
    }
}
