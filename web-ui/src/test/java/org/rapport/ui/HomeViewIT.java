package org.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.rapport.ui.admin.UsersView;
import org.rapport.ui.cohort.CohortsView;
import org.rapport.ui.learning.MyLearningView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The start page sends each role to its own first screen. */
@SpringBootTest
@ViewPackages(classes = {HomeView.class, MyLearningView.class, CohortsView.class, UsersView.class, MainLayout.class})
class HomeViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("learner")
    void a_learner_starts_on_my_learning() {
        assertThat(navigate("", MyLearningView.class)).isInstanceOf(MyLearningView.class);
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_starts_on_their_cohorts() {
        assertThat(navigate("", CohortsView.class)).isInstanceOf(CohortsView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_starts_on_the_users() {
        assertThat(navigate("", UsersView.class)).isInstanceOf(UsersView.class);
    }
}
