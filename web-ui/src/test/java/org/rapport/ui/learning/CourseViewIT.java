package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.progress.ProgressReportService;
import org.rapport.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = MyLearningView.class)
class CourseViewIT extends SpringBrowserlessTest {
    private static final String COURSE = "meeting-resistance";

    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    ProgressReportService progress;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_learner_sees_the_outline_with_hours_the_notice_and_their_done_lessons_checked() {
        navigate(CourseView.class, Map.of("courseId", COURSE));

        Course course = catalogue.course(COURSE).orElseThrow();
        assertThat($(H2.class).withId("course-title").single().getText()).isEqualTo(course.title());
        assertThat($(Paragraph.class).withId("course-notice").single().getText()).contains("not treatment");
        assertThat($(Span.class).withId("course-hours").single().getText())
                .startsWith("12 continuing-education hours").contains(course.minutes() + " minutes");
        assertThat($(H3.class).all()).hasSize(course.modules().size());
        assertThat($(ListItem.class).withClassName("lesson-row").all()).hasSize((int) course.lessons().count());

        long me = currentUser.id();
        var p = progress.courseProgress(me, me, COURSE);
        assertThat(p.lessonsDone()).isPositive();
        assertThat($(Span.class).withClassName("lesson-done").all()).hasSize(p.lessonsDone());
        assertThat($(Span.class).withId("course-progress").single().getText())
                .isEqualTo(p.lessonsDone() + " of " + p.lessonsTotal() + " lessons done");
        String first = course.lessons().findFirst().orElseThrow().id();
        assertThat(test($(RouterLink.class).withText(course.lessons().findFirst().orElseThrow().title()).single())
                .getPath()).isEqualTo("lessons/" + first);
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_sees_the_outline_without_any_done_marks() {
        navigate(CourseView.class, Map.of("courseId", COURSE));

        assertThat($(ListItem.class).withClassName("lesson-row").all()).isNotEmpty();
        assertThat($(Span.class).withClassName("lesson-done").exists()).isFalse();
        assertThat($(Span.class).withId("course-progress").exists()).isFalse();
    }

    @Test
    void an_unknown_course_says_so() {
        navigate(CourseView.class, Map.of("courseId", "no-such-course"));

        assertThat($(Span.class).withId("page-error").single().getText()).contains("no-such-course");
        assertThat($(ListItem.class).withClassName("lesson-row").exists()).isFalse();
    }
}
