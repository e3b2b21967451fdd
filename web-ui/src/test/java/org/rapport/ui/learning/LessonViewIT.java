package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.progress.ProgressReportService;
import org.rapport.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = MyLearningView.class)
class LessonViewIT extends SpringBrowserlessTest {
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    ProgressReportService progress;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_learner_reads_the_lesson_with_markdown_as_text_examples_with_moves_and_links_to_practice() {
        Lesson lesson = catalogue.lesson("simple-reflections").orElseThrow().lesson();
        navigate(LessonView.class, Map.of("lessonId", lesson.id()));

        assertThat($(H2.class).withId("lesson-title").single().getText()).isEqualTo(lesson.title());
        assertThat($(ListItem.class, $(UnorderedList.class).withId("objectives").single()).all())
                .hasSize(lesson.objectives().size());
        List<Span> bold = $(Span.class).withClassName("md-bold").all();
        assertThat(bold).extracting(Span::getText).contains("The tail.", "The parrot.");
        String reading = $(Div.class).withClassName("reading-section").all().stream()
                .map(d -> d.getElement().getTextRecursively()).reduce("", String::concat);
        assertThat(reading).doesNotContain("**").contains("The tail.");
        assertThat($(Div.class).withClassName("worked-example").all()).hasSize(lesson.examples().size());
        assertThat($(Span.class).withClassName("move-badge").all()).extracting(Span::getText)
                .allMatch(m -> List.of("Judging", "Validating", "Reflective", "Partnering").contains(m));
        List<RouterLink> practise = $(RouterLink.class).withClassName("practise-link").all();
        assertThat(practise).hasSize(lesson.scenarios().size());
        assertThat(test(practise.get(0)).getPath()).isEqualTo("scenarios/" + lesson.scenarios().get(0).id());
        assertThat(test($(RouterLink.class).withId("knowledge-check-link").single()).getPath())
                .isEqualTo("lessons/" + lesson.id() + "/check");
    }

    @Test
    void opening_a_lesson_starts_it_and_the_button_marks_it_done() {
        Lesson last = catalogue.course("meeting-resistance").orElseThrow().lessons().reduce((a, b) -> b).orElseThrow();
        navigate(LessonView.class, Map.of("lessonId", last.id()));
        long me = currentUser.id();
        boolean doneBefore = progress.courseProgress(me, me, "meeting-resistance").completedLessons()
                .contains(last.id());
        if (!doneBefore) {
            assertThat($(Span.class).withId("lesson-status").single().getText()).startsWith("Started on");
        }

        test($(Button.class).withId("mark-done").single()).click();

        assertThat($(Span.class).withId("lesson-status").single().getText()).startsWith("✓ Done on");
        assertThat($(Button.class).withId("mark-done").single().isEnabled()).isFalse();
        assertThat(progress.courseProgress(me, me, "meeting-resistance").completedLessons()).contains(last.id());
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_reads_the_lesson_without_progress_buttons_or_practice_links() {
        navigate(LessonView.class, Map.of("lessonId", "simple-reflections"));

        assertThat($(Div.class).withClassName("reading-section").all()).isNotEmpty();
        assertThat($(Button.class).withId("mark-done").exists()).isFalse();
        assertThat($(RouterLink.class).withClassName("practise-link").exists()).isFalse();
    }

    @Test
    void an_unknown_lesson_says_so() {
        navigate(LessonView.class, Map.of("lessonId", "no-such-lesson"));

        assertThat($(Span.class).withId("page-error").single().getText()).contains("no-such-lesson");
    }
}
