package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptFeedback;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.GradingService;
import org.rapport.practice.PracticeService;
import org.rapport.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = MyLearningView.class)
class ScenarioViewIT extends SpringBrowserlessTest {
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    PracticeService practice;
    @Autowired
    GradingService grading;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_learner_submits_a_judging_reply_and_sees_the_move_the_score_and_the_model_reply() {
        Scenario scenario = scenarioWithJudgingModelReply();
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));
        assertThat($(Div.class).withId("client-card").single().getElement().getTextRecursively())
                .contains(scenario.persona().name()).contains(scenario.client());
        TextArea reply = $(TextArea.class).withId("reply").single();
        assertThat(reply.getMaxLength()).isEqualTo(practice.maxReplyLength());

        test(reply).setValue(scenario.modelReply(Move.JUDGING).text());
        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("feedback-move").single().getText()).isEqualTo("Judging");
        assertThat($(Span.class).withId("feedback-score").single().getText()).matches("\\d{1,3} / 100");
        Div feedback = $(Div.class).withId("feedback").single();
        assertThat(feedback.getElement().getTextRecursively())
                .contains(scenario.modelReply(scenario.target().target()).text()).contains(scenario.hint());
        assertThat($(Div.class).withClassName("highlighted-reply").exists()).isTrue();
        assertThat($(Button.class).withId("submit").single().isEnabled()).as("a second click would resubmit")
                .isFalse();
        assertThat(newestAttempt().reply()).isEqualTo(scenario.modelReply(Move.JUDGING).text());
    }

    @Test
    void try_again_clears_the_box_for_a_new_attempt_with_a_new_key() {
        Scenario scenario = scenarioWithJudgingModelReply();
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));
        test($(TextArea.class).withId("reply").single()).setValue(scenario.modelReply(Move.JUDGING).text());
        test($(Button.class).withId("submit").single()).click();
        long first = newestAttempt().attemptId();

        test($(Button.class).withId("try-again").single()).click();
        assertThat($(TextArea.class).withId("reply").single().getValue()).isEmpty();
        assertThat($(Span.class).withId("feedback-move").exists()).isFalse();
        test($(TextArea.class).withId("reply").single()).setValue(scenario.modelReply(Move.REFLECTIVE).text());
        test($(Button.class).withId("submit").single()).click();

        assertThat(newestAttempt().attemptId()).isGreaterThan(first);
        assertThat($(Span.class).withId("feedback-move").exists()).isTrue();
    }

    @Test
    void an_empty_reply_shows_the_services_message_and_stores_nothing() {
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
        long before = newestAttempt().attemptId();
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));

        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("reply-error").single().getText()).contains("empty");
        assertThat($(Span.class).withId("feedback-move").exists()).isFalse();
        assertThat($(Button.class).withId("submit").single().isEnabled()).isTrue();
        assertThat(newestAttempt().attemptId()).isEqualTo(before);
    }

    @Test
    void markup_in_a_reply_is_shown_as_the_characters_typed_and_never_becomes_page_elements() {
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
        String reply = "It sounds like <b>nobody</b> asked what you wanted. <img src=x onerror=alert(1)>";
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));

        test($(TextArea.class).withId("reply").single()).setValue(reply);
        test($(Button.class).withId("submit").single()).click();

        Div highlighted = $(Div.class).withClassName("highlighted-reply").single();
        assertThat(highlighted.getElement().getTextRecursively()).contains("<b>nobody</b>").contains("<img src=x");
        assertThat(descendantTags(highlighted.getElement())).containsOnly("div", "span");
        assertThat(newestAttempt().reply()).isEqualTo(reply);
    }

    @Test
    void binary_noise_is_refused_with_a_message_for_the_learner_and_stores_nothing() {
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
        long before = newestAttempt().attemptId();
        String noise = new String(new char[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20});
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));

        test($(TextArea.class).withId("reply").single()).setValue(noise);
        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("reply-error").single().getText())
                .startsWith("The reply does not look like text");
        assertThat($(TextArea.class).withId("reply").single().getValue()).isEqualTo(noise);
        assertThat(newestAttempt().attemptId()).isEqualTo(before);
    }

    private static List<String> descendantTags(Element element) {
        return element.getChildren().filter(child -> !child.isTextNode())
                .flatMap(child -> Stream.concat(Stream.of(child.getTag()), descendantTags(child).stream())).toList();
    }

    @Test
    void in_assessment_mode_the_answer_is_recorded_and_the_feedback_held_until_the_set_is_done() {
        Lesson lesson = lessonFromTheEnd(1);
        Scenario scenario = lesson.scenarios().get(0);
        navigate(ScenarioView.class, Map.of("scenarioId", scenario.id()));

        test($(RadioButtonGroup.class).withId("mode").single()).selectItem("Assessment");
        test($(TextArea.class).withId("reply").single()).setValue(scenario.modelReply(Move.REFLECTIVE).text());
        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("feedback-held").single().getText())
                .isEqualTo("Answer recorded; feedback after the whole set.");
        assertThat($(Span.class).withId("assessment-progress").single().getText())
                .isEqualTo("1 of " + lesson.scenarios().size() + " scenarios of this lesson answered.");
        assertThat($(Span.class).withId("feedback-move").exists()).isFalse();
        assertThat(practice.assessment(currentUser.id(), lesson.id()).answered()).isEqualTo(1);
    }

    @Test
    void answering_the_last_scenario_of_an_assessment_shows_the_feedback_on_the_whole_set() {
        Lesson lesson = lessonFromTheEnd(2);
        List<Scenario> set = lesson.scenarios();
        for (Scenario s : set.subList(0, set.size() - 1)) {
            practice.submitResponse(currentUser.id(), new PracticeService.SubmitResponse(s.id(),
                    s.modelReply(Move.VALIDATING).text(), AttemptMode.ASSESSMENT, UUID.randomUUID().toString()));
        }
        Scenario last = set.get(set.size() - 1);
        navigate(ScenarioView.class, Map.of("scenarioId", last.id()));

        test($(RadioButtonGroup.class).withId("mode").single()).selectItem("Assessment");
        test($(TextArea.class).withId("reply").single()).setValue(last.modelReply(Move.PARTNERING).text());
        test($(Button.class).withId("submit").single()).click();

        assertThat($(Span.class).withId("feedback-held").exists()).isFalse();
        assertThat($(Div.class).withClassName("attempt-feedback").all()).hasSize(set.size());
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_cannot_open_a_practice_scenario() {
        String id = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow().id();

        assertThatThrownBy(() -> navigate(ScenarioView.class, Map.of("scenarioId", id)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(ScenarioView.class);
    }

    /** A scenario whose model judging reply the grader also reads as judging, so the test is about the view. */
    private Scenario scenarioWithJudgingModelReply() {
        return catalogue.course("meeting-resistance").orElseThrow().scenarios()
                .filter(s -> grading.gradeReply(s.modelReply(Move.JUDGING).text(), s.client()).move()
                        == Move.JUDGING)
                .findFirst().orElseThrow();
    }

    /** Lessons near the end of the course, which the demo data never assesses. */
    private Lesson lessonFromTheEnd(int index) {
        List<Lesson> lessons = catalogue.course("meeting-resistance").orElseThrow().lessons().toList();
        Lesson lesson = lessons.get(lessons.size() - 1 - index);
        assertThat(lesson.scenarios()).hasSizeGreaterThan(1);
        return lesson;
    }

    /** The learner's newest attempt they can see (held assessment answers are left out of their timeline). */
    private AttemptFeedback newestAttempt() {
        long me = currentUser.id();
        return practice.timeline(me, me, 0, 50).stream()
                .max(java.util.Comparator.comparingLong(AttemptFeedback::attemptId)).orElseThrow();
    }
}
