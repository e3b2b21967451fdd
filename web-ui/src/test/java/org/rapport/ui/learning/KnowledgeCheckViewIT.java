package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.course.Question;
import org.rapport.progress.ProgressReportService;
import org.rapport.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = MyLearningView.class)
class KnowledgeCheckViewIT extends SpringBrowserlessTest {
    private static final String COURSE = "meeting-resistance";

    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    ProgressReportService progress;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_learner_answers_and_sees_the_score_and_why_each_answer_is_right_or_not() {
        Lesson lesson = lessonFromTheEnd(0);
        navigate(KnowledgeCheckView.class, Map.of("lessonId", lesson.id()));
        List<Question> questions = lesson.check();
        Question wrong = questions.get(0);
        int wrongChoice = (wrong.correctOption() + 1) % wrong.options().size();
        choose(wrong, wrongChoice);
        for (Question q : questions.subList(1, questions.size())) {
            choose(q, q.correctOption());
        }

        test($(Button.class).withId("submit-check").single()).click();

        assertThat($(Span.class).withId("check-score").single().getText())
                .isEqualTo((questions.size() - 1) + " of " + questions.size() + " correct");
        List<Span> verdicts = $(Span.class).withClassName("answer-verdict").all();
        assertThat(verdicts).hasSize(questions.size());
        assertThat(verdicts.get(0).getText()).isEqualTo("✗ Not quite.");
        assertThat(verdicts.get(1).getText()).isEqualTo("✓ Correct.");
        Div first = $(Div.class).withClassName("answer-feedback").first();
        assertThat(first.getElement().getTextRecursively())
                .contains(wrong.options().get(wrongChoice).explanation())
                .contains(wrong.options().get(wrong.correctOption()).explanation());
        assertThat($(Paragraph.class).withClassName("answer-key").all()).hasSize(1);
        assertThat(group(wrong).isReadOnly()).isTrue();
    }

    @Test
    void an_unanswered_question_gets_a_clear_message_and_nothing_is_stored() {
        Lesson lesson = lessonFromTheEnd(1);
        long me = currentUser.id();
        int before = progress.courseProgress(me, me, COURSE).checkTotal();
        navigate(KnowledgeCheckView.class, Map.of("lessonId", lesson.id()));
        Question q = lesson.check().get(0);
        choose(q, q.correctOption());

        test($(Button.class).withId("submit-check").single()).click();

        assertThat($(Span.class).withId("check-error").single().getText()).startsWith("Answer every question");
        assertThat($(Span.class).withId("check-score").single().getText()).isEmpty();
        assertThat($(Span.class).withClassName("answer-verdict").exists()).isFalse();
        assertThat(progress.courseProgress(me, me, COURSE).checkTotal()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_cannot_sit_a_knowledge_check() {
        assertThatThrownBy(() -> navigate(KnowledgeCheckView.class, Map.of("lessonId", lessonFromTheEnd(0).id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(KnowledgeCheckView.class);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> group(Question q) {
        return $(RadioButtonGroup.class).withId("q-" + q.id()).single();
    }

    private void choose(Question q, int option) {
        test(group(q)).selectItem(q.options().get(option).text());
    }

    /** Lessons near the end of the course, whose checks the demo learner never sat. */
    private Lesson lessonFromTheEnd(int index) {
        List<Lesson> lessons = catalogue.course(COURSE).orElseThrow().lessons().toList();
        return lessons.get(lessons.size() - 1 - index);
    }
}
