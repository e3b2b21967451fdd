package org.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.rapport.ui.account.SignUpView;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The sign-in page: Spring Security checks the form (the browser tests sign in through it); this is the page. */
@SpringBootTest
@WithAnonymousUser
@ViewPackages(classes = {LoginView.class, SignUpView.class})
class LoginViewIT extends SpringBrowserlessTest {

    @Test
    void the_page_posts_to_spring_security_says_what_rapport_is_not_and_links_to_sign_up() {
        LoginView view = navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("not treatment and not crisis support");
        assertThat($(Anchor.class).single().getHref()).isEqualTo("signup");
    }

    @Test
    void after_a_failed_sign_in_the_form_shows_its_error() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }
}
