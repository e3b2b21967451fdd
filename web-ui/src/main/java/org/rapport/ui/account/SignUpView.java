package org.rapport.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rapport.account.PasswordPolicy;
import org.rapport.cohort.CohortService;
import org.rapport.ui.components.FailureMessages;
import org.rapport.ui.components.Passwords;
import org.rapport.security.LoginView;

/**
 * Self sign-up with an invite code: a learner account is created only together with a place in the cohort, so
 * a wrong code or a full cohort leaves nothing behind.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Join a cohort · Rapport")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver {
    static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    static final int MAX_PASSWORD = PasswordPolicy.MAX_LENGTH;
    private static final String PASSWORD_LENGTH = "A password has at least " + MIN_PASSWORD + " characters (at most "
            + MAX_PASSWORD + ").";

    private final CohortService cohorts;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Your name");
    private final PasswordField password = new PasswordField("Password");
    private final TextField inviteCode = new TextField("Invite code");
    private final Button create = new Button("Create account and join");
    private final Span error = new Span();
    private final Binder<SignUp> binder = new Binder<>();

    public SignUpView(CohortService cohorts) {
        this.cohorts = cohorts;
        setAlignItems(Alignment.CENTER);
        VerticalLayout form = new VerticalLayout();
        form.setMaxWidth("26rem");
        form.setPadding(false);
        username.setId("username");
        username.setHelperText("3 to 40 lowercase letters, digits, '.', '-' or '_'");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        displayName.setId("display-name");
        displayName.setHelperText("Shown to your supervisor");
        password.setId("password");
        password.setMinLength(MIN_PASSWORD);
        password.setMaxLength(MAX_PASSWORD);
        // The field checks its own length first; without these texts it would mark itself invalid in silence.
        password.setI18n(new PasswordField.PasswordFieldI18n().setMinLengthErrorMessage(PASSWORD_LENGTH)
                .setMaxLengthErrorMessage(PASSWORD_LENGTH));
        password.setHelperText("At least " + MIN_PASSWORD + " characters and hard to guess: a few unrelated words work well");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        inviteCode.setId("invite-code");
        inviteCode.setPlaceholder("K7MQ-3XPA");
        inviteCode.setHelperText("The code your supervisor gave you");
        for (var field : new TextField[] {username, displayName, inviteCode}) {
            field.setWidthFull();
        }
        password.setWidthFull();
        binder.forField(username).asRequired("Choose a username.").bind(SignUp::getUsername, SignUp::setUsername);
        binder.forField(displayName).asRequired("Enter your name.")
                .bind(SignUp::getDisplayName, SignUp::setDisplayName);
        binder.forField(password).asRequired("Choose a password.")
                .withValidator(new StringLengthValidator(PASSWORD_LENGTH, MIN_PASSWORD, MAX_PASSWORD))
                .withValidator((value, context) -> Passwords.strength(value, username.getValue(), displayName.getValue()))
                .bind(SignUp::getPassword, SignUp::setPassword);
        binder.forField(inviteCode).asRequired("Enter your invite code.")
                .bind(SignUp::getInviteCode, SignUp::setInviteCode);
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> signUp());
        error.setId("signup-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        form.add(new H1("Join Rapport"),
                new Paragraph("Create a learner account with the invite code from your supervisor. Rapport trains "
                        + "communication skills; it is not treatment and not crisis support."),
                username, displayName, password, inviteCode, create, error,
                new Anchor("login", "Already have an account? Sign in"));
        add(form);
    }

    private void signUp() {
        error.setText("");
        SignUp request = new SignUp();
        try {
            if (!binder.writeBeanIfValid(request)) {
                return;
            }
            var enrollment = cohorts.signUpAndEnroll(request.getUsername(), request.getDisplayName(),
                    request.getPassword(), request.getInviteCode());
            Notification.show("Welcome to " + enrollment.cohortName() + ". Sign in with your new account.");
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (RuntimeException refused) {
            // Unknown code, full or closed cohort, taken username: each message is written for the person typing.
            error.setText(FailureMessages.forPerson(refused));
        } finally {
            create.setEnabled(true);
        }
    }

    /** What the form binds to; the password lives only as long as the request. */
    static final class SignUp {
        private String username;
        private String displayName;
        private String password;
        private String inviteCode;

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        String getInviteCode() {
            return inviteCode;
        }

        void setInviteCode(String inviteCode) {
            this.inviteCode = inviteCode;
        }
    }

    /** The link a supervisor shares ends in {@code ?code=...}: the code is filled in, still editable. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code")
                .filter(code -> code.length() <= 20)
                .ifPresent(inviteCode::setValue);
    }
}
