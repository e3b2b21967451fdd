package org.rapport.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.rapport.course.CourseCatalogue;
import org.rapport.practice.GradingService;
import org.rapport.security.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
@ViewPackages(packages = "org.rapport.ui")
class SystemViewIT extends SpringBrowserlessTest {
    @Autowired
    GradingService grading;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    SignInThrottle signIns;

    @Test
    void the_admin_sees_the_model_version_its_measured_figures_and_each_courses_content_version() {
        navigate(SystemView.class);

        assertThat($(Span.class).id("model-version").getText()).isEqualTo(grading.modelVersion());
        var figures = $(ListItem.class).from($(UnorderedList.class).id("model-card")).all().stream()
                .map(ListItem::getText).toList();
        assertThat(String.join("\n", figures)).contains("Held-out writers and situations (3731", "macro-F1 0.886",
                "judging recall 0.928", "kappa 0.844", "macro-F1 0.911", "judging recall 0.95", "93.6%");
        assertThat($(Span.class).id("model-card-source").getText()).contains("docs/grader.md");
        assertThat($(Span.class).withId("model-card-stale").exists()).as("the card was measured on the running model")
                .isFalse();
        assertThat($(Anchor.class).id("corrections-download").getText()).contains("corrections");
        assertThat($(Span.class).id("models-in-use").getText()).isEqualTo(grading.modelVersion());
        assertThat($(Button.class).id("models-train").isEnabled()).as("the checkout's corpus is found").isTrue();

        @SuppressWarnings("unchecked")
        Grid<CourseCatalogue.CourseSummary> courses = $(Grid.class).id("course-versions");
        assertThat(test(courses).size()).isEqualTo(catalogue.courses().size());
        assertThat(test(courses).getCellText(0, 2)).isEqualTo(catalogue.courses().getFirst().contentVersion());
    }

    @Test
    void the_admin_sees_failed_sign_ins_and_who_must_wait() {
        String name = "it-sysview-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            signIns.failed(name, "203.0.113.9", "API", "wrong password or unknown account");
        }

        navigate(SystemView.class);

        @SuppressWarnings("unchecked")
        Grid<SignInThrottle.FailedSignIn> failures = $(Grid.class).id("sign-in-failures");
        assertThat(test(failures).getCellText(0, 1)).isEqualTo(name);
        assertThat(test(failures).getCellText(0, 2)).isEqualTo("203.0.113.9");
        @SuppressWarnings("unchecked")
        Grid<SignInThrottle.Throttled> waiting = $(Grid.class).id("sign-in-throttled");
        assertThat(java.util.stream.IntStream.range(0, test(waiting).size()).mapToObj(row -> test(waiting).getCellText(row, 0)))
                .contains(name + " from 203.0.113.9");
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_cannot_open_the_system_page() {
        assertThatThrownBy(() -> navigate(SystemView.class)).hasMessageContaining("RouteNotFoundError");
    }
}
