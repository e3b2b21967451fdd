package org.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.security.CurrentUser;
import org.rapport.ui.learning.LearnerFixtures;
import org.rapport.ui.learning.MyLearningView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = {MyLearningView.class, MainLayout.class})
class MainLayoutIT extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_frame_greets_the_signed_in_user_by_their_name_and_role_with_the_username_on_hover() {
        navigate(MyLearningView.class);

        Span who = $(Span.class).withClassName("signed-in-as").single();
        assertThat(who.getText()).isEqualTo("Lee Morgan · learner");
        assertThat(who.getTitle()).contains("Signed in as learner");
    }

    @Test
    void a_display_name_that_looks_like_markup_is_shown_as_text() {
        String username = LearnerFixtures.uniqueName("it-markup");
        accounts.register(new AccountService.NewUser(username, "<b onmouseover=alert(1)>Ana</b>",
                LearnerFixtures.PASSWORD, Role.LEARNER));
        LearnerFixtures.signInAs(users, username);

        // A frame is made per page load; this test's UI already has the demo learner's, so it makes the next one.
        MainLayout frame = new MainLayout(currentUser);

        Span who = $(Span.class, frame).withClassName("signed-in-as").single();
        assertThat(who.getText()).isEqualTo("<b onmouseover=alert(1)>Ana</b> · learner");
        assertThat(who.getElement().getChildren()).allMatch(Element::isTextNode);
    }
}
