package org.rapport.ui.learning;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.ScenarioPlace;
import org.rapport.course.Scenario;
import org.rapport.practice.AttemptFeedback;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.practice.PracticeService.AssessmentStatus;
import org.rapport.practice.PracticeService.SubmitResponse;
import org.rapport.practice.Submission;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.Bars;
import org.rapport.ui.components.FailureMessages;
import org.rapport.ui.components.HighlightedReply;
import org.rapport.ui.components.Moves;

/**
 * A client to reply to. Practice shows the feedback at once; assessment records the answer and holds the
 * feedback until every scenario of the lesson has one, so the set shows unassisted skill.
 */
@Route("scenarios/:scenarioId")
@PageTitle("Practise a reply · Rapport")
@RolesAllowed("LEARNER")
public class ScenarioView extends VerticalLayout implements BeforeEnterObserver {
    static final String SCENARIO_ID = "scenarioId";

    private final CurrentUser currentUser;
    private final CourseCatalogue catalogue;
    private final PracticeService practice;
    private final RadioButtonGroup<AttemptMode> mode = new RadioButtonGroup<>("Mode");
    private final Span modeNote = new Span();
    private final TextArea reply = new TextArea("Your reply");
    private final Button submit = new Button("Submit reply");
    private final Button tryAgain = new Button("Try again");
    private final Span replyError = LearningUi.message("reply-error");
    private final Div feedback = new Div();
    private ScenarioPlace place;
    /** One per form display: a repeated submit of the same reply is recognized and stored once. */
    private String submissionKey;

    public ScenarioView(CurrentUser currentUser, CourseCatalogue catalogue, PracticeService practice) {
        this.currentUser = currentUser;
        this.catalogue = catalogue;
        this.practice = practice;
        setMaxWidth("56rem");
        mode.setId("mode");
        mode.setItems(AttemptMode.PRACTICE, AttemptMode.ASSESSMENT);
        mode.setItemLabelGenerator(m -> m == AttemptMode.PRACTICE ? "Practice" : "Assessment");
        mode.setValue(AttemptMode.PRACTICE);
        mode.addValueChangeListener(e -> describeMode());
        modeNote.setId("mode-note");
        int max = practice.maxReplyLength();
        reply.setId("reply");
        reply.setWidthFull();
        reply.setMinHeight("8rem");
        reply.setMaxLength(max);
        reply.setValueChangeMode(ValueChangeMode.LAZY);
        reply.addValueChangeListener(e -> countCharacters());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        tryAgain.setId("try-again");
        tryAgain.addClickListener(e -> reset());
        feedback.setId("feedback");
        feedback.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String scenarioId = event.getRouteParameters().get(SCENARIO_ID).orElse("");
        place = catalogue.scenario(scenarioId).orElse(null);
        if (place == null) {
            Span notFound = LearningUi.message("page-error");
            notFound.setText("There is no scenario '" + scenarioId + "'.");
            add(new H2("Scenario not found"), notFound);
            return;
        }
        add(trail(), clientCard(place.scenario()), mode, modeNote, reply, new FlexLayout(submit), replyError,
                feedback);
        mode.setValue(AttemptMode.PRACTICE);
        describeMode();
        reset();
    }

    private Component trail() {
        Div trail = new Div();
        catalogue.lesson(place.lessonId()).ifPresent(page -> trail.add(new RouterLink("Back to the lesson: "
                + page.lesson().title(), LessonView.class, new RouteParameters(LessonView.LESSON_ID, page.lesson().id()))));
        return trail;
    }

    private static Div clientCard(Scenario scenario) {
        Scenario.Persona persona = scenario.persona();
        Div card = LearningUi.card();
        card.setId("client-card");
        card.setWidthFull();
        H2 name = new H2(persona.name() + ", " + persona.age());
        Paragraph said = new Paragraph("“" + scenario.client() + "”");
        said.setId("client-line");
        said.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-style", "italic");
        card.add(name, LearningUi.secondary(persona.setting()), new Paragraph(persona.background()),
                new H3("They say"), said);
        return card;
    }

    private void describeMode() {
        if (place == null || mode.getValue() != AttemptMode.ASSESSMENT) {
            modeNote.setText("Practice: you see the feedback as soon as you submit.");
            return;
        }
        AssessmentStatus status = practice.assessment(currentUser.id(), place.lessonId());
        modeNote.setText("Assessment: your feedback is held until you have answered all " + status.total()
                + " scenarios of this lesson (" + status.answered() + " answered so far).");
    }

    private void countCharacters() {
        reply.setHelperText(reply.getValue().length() + " of " + practice.maxReplyLength() + " characters");
    }

    private void submit() {
        replyError.setText("");
        feedback.removeAll();
        try {
            Submission submission = practice.submitResponse(currentUser.id(), new SubmitResponse(
                    place.scenario().id(), reply.getValue(), mode.getValue(), submissionKey));
            reply.setReadOnly(true);
            mode.setReadOnly(true);
            if (mode.getValue() == AttemptMode.ASSESSMENT) {
                showAssessment();
            } else {
                submission.feedback().ifPresent(f -> feedback.add(feedbackBlock(f, true)));
            }
            feedback.add(tryAgain);
        } catch (RuntimeException rejected) {
            // Nothing was stored and the reply stays in the box, so the learner can submit it again (same key).
            replyError.setText(FailureMessages.forPerson(rejected));
            submit.setEnabled(true);
        }
    }

    private void showAssessment() {
        AssessmentStatus status = practice.assessment(currentUser.id(), place.lessonId());
        if (!status.complete()) {
            Span held = new Span("Answer recorded; feedback after the whole set.");
            held.setId("feedback-held");
            held.getElement().setAttribute("role", "status");
            Span progress = new Span(status.answered() + " of " + status.total()
                    + " scenarios of this lesson answered.");
            progress.setId("assessment-progress");
            feedback.add(new Div(held), new Div(progress), otherScenarios());
            return;
        }
        Span done = new Span("You have answered the whole set. Here is your feedback on every scenario.");
        done.setId("assessment-complete");
        done.getElement().setAttribute("role", "status");
        Div list = new Div();
        list.setId("assessment-feedback");
        for (AttemptFeedback f : status.feedback()) {
            Div item = LearningUi.card();
            catalogue.scenario(f.scenarioId()).ifPresent(p -> item.add(new H4(p.scenario().persona().name()
                    + ": “" + p.scenario().client() + "”")));
            item.add(feedbackBlock(f, false));
            item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            list.add(item);
        }
        feedback.add(done, list);
    }

    private Component otherScenarios() {
        Div links = new Div();
        catalogue.lesson(place.lessonId()).ifPresent(page -> {
            List<Scenario> others = page.lesson().scenarios().stream()
                    .filter(s -> !s.id().equals(place.scenario().id())).toList();
            if (!others.isEmpty()) {
                links.add(new Paragraph("The other scenarios of this lesson:"));
                for (Scenario s : others) {
                    links.add(new Div(new RouterLink(s.persona().name(), ScenarioView.class,
                            new RouteParameters(SCENARIO_ID, s.id()))));
                }
            }
        });
        return links;
    }

    /** The feedback on one attempt; ids only on the single practice result, so they stay unique on the page. */
    private static Div feedbackBlock(AttemptFeedback f, boolean withIds) {
        Div block = new Div();
        block.addClassName("attempt-feedback");
        Span move = LearningUi.moveBadge(f.grade().move());
        Span score = new Span(f.score() + " / 100");
        score.getStyle().set("font-weight", "600");
        if (withIds) {
            move.setId("feedback-move");
            score.setId("feedback-score");
        }
        Div headline = new Div(new Span("Your reply makes a "), move, new Span(" move · score "), score);
        headline.getElement().setAttribute("role", "status");
        Paragraph rule = new Paragraph(f.grade().rollUp());
        rule.addClassName("roll-up-rule");
        if (withIds) {
            rule.setId("feedback-roll-up");
        }
        // A plain link, so the feedback does not depend on the help page's route being registered.
        Anchor rubric = new Anchor("rubric", "How the four moves are defined");
        rubric.addClassName("rubric-link");
        block.add(headline, rule, rubric);
        if (f.reviewed()) {
            Paragraph reviewed = new Paragraph(Moves.reviewedLine(f.graderGrade()));
            reviewed.addClassName("reviewed-grade");
            block.add(reviewed);
        }
        if (f.grade().unsure()) {
            block.add(new Paragraph("The grader is unsure about this one; a supervisor may look at it."));
        }
        block.add(new Paragraph(f.scoreFeedback()));
        block.add(new H4("How your reply divides between the moves"), Bars.ofMoves(f.grade().shares()));
        block.add(new H4("Sentence by sentence"), new HighlightedReply(f.grade()));
        if (f.targetMove() != null && f.modelReply() != null) {
            Paragraph model = new Paragraph("“" + f.modelReply() + "”");
            model.addClassName("model-reply");
            block.add(new H4("A " + Moves.title(f.targetMove()).toLowerCase(java.util.Locale.ROOT) + " reply"), model);
            if (f.modelReplyWhy() != null) {
                block.add(new Paragraph("Why: " + f.modelReplyWhy()));
            }
        }
        if (f.hint() != null) {
            Paragraph hint = new Paragraph("Hint: " + f.hint());
            hint.addClassName("hint");
            block.add(hint);
        }
        return block;
    }

    /** A fresh attempt: empty box, new submission key. */
    private void reset() {
        submissionKey = UUID.randomUUID().toString();
        reply.setReadOnly(false);
        mode.setReadOnly(false);
        reply.clear();
        countCharacters();
        replyError.setText("");
        feedback.removeAll();
        submit.setEnabled(true);
        describeMode();
        reply.focus();
    }
}
