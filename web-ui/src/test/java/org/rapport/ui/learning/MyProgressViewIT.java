package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.progress.ProgressReportService;
import org.rapport.review.ReviewService;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.Bars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = MyLearningView.class)
class MyProgressViewIT extends SpringBrowserlessTest {
    @Autowired
    ProgressReportService progress;
    @Autowired
    ReviewService reviews;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService users;

    @Test
    void a_learner_sees_lessons_checks_trend_scores_by_module_and_moves_week_by_week() {
        navigate(MyProgressView.class);
        long me = currentUser.id();
        var p = progress.courseProgress(me, me, "meeting-resistance");

        assertThat($(Span.class).withId("lessons-done").single().getText())
                .isEqualTo(p.lessonsDone() + " of " + p.lessonsTotal() + " lessons done");
        assertThat($(Span.class).withId("check-total").single().getText())
                .startsWith("Knowledge checks: " + p.checkCorrect() + " of " + p.checkTotal());
        assertThat($(Span.class).withId("trend").single().getText()).isEqualTo("Trend: " + p.figures().trendWord());
        long modulesWithAttempts = p.modules().stream().filter(m -> m.figures().attempts() > 0).count();
        assertThat($(Span.class, $(Bars.class).withId("module-scores").single()).all())
                .hasSize((int) (2 * modulesWithAttempts));
        assertThat($(Div.class).withClassName("week-moves").all()).hasSize(p.weeks().size());
    }

    @Test
    void supervisor_comments_on_my_attempts_are_listed_newest_first() {
        navigate(MyProgressView.class);
        long me = currentUser.id();
        var notes = reviews.reviewsOfLearner(me, me, 0, 50);
        assertThat(notes).as("the demo supervisor reviews some of the demo learner's attempts").isNotEmpty();

        @SuppressWarnings("unchecked")
        Grid<ReviewService.ReviewNote> list = $(Grid.class).withId("supervisor-comments").single();
        var grid = test(list);
        assertThat(grid.getRow(0)).isEqualTo(notes.get(0));
        String first = grid.getCellComponent(0, 0).getElement().getTextRecursively();
        assertThat(first).contains(notes.get(0).reviewerName())
                .contains(notes.get(0).comment() == null ? "(no comment)" : notes.get(0).comment());
    }

    @Test
    void a_learner_without_a_cohort_is_told_how_to_start() {
        var newcomer = LearnerFixtures.newAccount(accounts, "it-progress", Role.LEARNER);
        LearnerFixtures.signInAs(users, newcomer.username());
        navigate(MyProgressView.class);

        assertThat($(Paragraph.class).withTextContaining("Join a cohort").exists()).isTrue();
        assertThat($(Paragraph.class).withId("supervisor-comments").single().getText())
                .startsWith("No supervisor comments yet");
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_cannot_open_a_learners_own_progress_page() {
        assertThatThrownBy(() -> navigate(MyProgressView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(MyProgressView.class);
    }
}
