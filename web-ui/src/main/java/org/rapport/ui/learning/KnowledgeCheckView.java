package org.rapport.ui.learning;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.LessonPage;
import org.rapport.course.Question;
import org.rapport.progress.ProgressService;
import org.rapport.progress.ProgressService.AnswerFeedback;
import org.rapport.progress.ProgressService.CheckOutcome;
import org.rapport.security.CurrentUser;
import org.rapport.ui.components.FailureMessages;

/** A lesson's knowledge check: one choice per question, then why each answer is right or not. */
@Route("lessons/:lessonId/check")
@PageTitle("Knowledge check · Rapport")
@RolesAllowed("LEARNER")
public class KnowledgeCheckView extends VerticalLayout implements BeforeEnterObserver {
    private final CurrentUser currentUser;
    private final CourseCatalogue catalogue;
    private final ProgressService progress;
    private final Map<String, RadioButtonGroup<Integer>> choices = new LinkedHashMap<>();
    private final Map<String, Div> explanations = new HashMap<>();
    private final Button submit = new Button("Check my answers");
    private final Button again = new Button("Take the check again");
    private final Span error = LearningUi.message("check-error");
    private final Span score = new Span();
    private LessonPage page;

    public KnowledgeCheckView(CurrentUser currentUser, CourseCatalogue catalogue, ProgressService progress) {
        this.currentUser = currentUser;
        this.catalogue = catalogue;
        this.progress = progress;
        setMaxWidth("56rem");
        submit.setId("submit-check");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        again.setId("check-again");
        again.addClickListener(e -> reset());
        score.setId("check-score");
        score.getElement().setAttribute("role", "status");
        score.getStyle().set("font-weight", "600");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        choices.clear();
        explanations.clear();
        String lessonId = event.getRouteParameters().get(LessonView.LESSON_ID).orElse("");
        page = catalogue.lesson(lessonId).orElse(null);
        if (page == null || page.lesson().check().isEmpty()) {
            Span notFound = LearningUi.message("page-error");
            notFound.setText(page == null ? "There is no lesson '" + lessonId + "'."
                    : "This lesson has no knowledge check.");
            add(new H2("Knowledge check not found"), notFound);
            return;
        }
        add(new RouterLink("Back to the lesson: " + page.lesson().title(), LessonView.class,
                new RouteParameters(LessonView.LESSON_ID, lessonId)), new H2("Knowledge check"),
                new Paragraph("Choose one answer for each question. You see why each answer is right or not "
                        + "straight after; your best sitting counts."));
        int number = 1;
        for (Question q : page.lesson().check()) {
            add(question(number++, q));
        }
        add(new FlexLayout(submit, again), error, score);
        reset();
    }

    private Div question(int number, Question q) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(number + ". " + q.question());
        group.setId("q-" + q.id());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        List<Question.Option> options = q.options();
        group.setItems(IntStream.range(0, options.size()).boxed().toList());
        group.setItemLabelGenerator(i -> options.get(i).text());
        group.setWidthFull();
        choices.put(q.id(), group);
        Div explanation = new Div();
        explanation.addClassName("answer-feedback");
        explanations.put(q.id(), explanation);
        Div box = LearningUi.card();
        box.addClassName("check-question");
        box.setWidthFull();
        box.add(group, explanation);
        return box;
    }

    private void submit() {
        error.setText("");
        Map<String, Integer> answers = new HashMap<>();
        choices.forEach((id, group) -> {
            if (group.getValue() != null) {
                answers.put(id, group.getValue());
            }
        });
        if (answers.size() < choices.size()) {
            error.setText("Answer every question before checking: " + (choices.size() - answers.size())
                    + " still open.");
            submit.setEnabled(true);
            return;
        }
        try {
            CheckOutcome outcome = progress.submitKnowledgeCheck(currentUser.id(), page.lesson().id(), answers);
            score.setText(outcome.correct() + " of " + outcome.total() + " correct");
            for (AnswerFeedback answer : outcome.answers()) {
                explain(answer);
            }
            choices.values().forEach(g -> g.setReadOnly(true));
            submit.setVisible(false);
            again.setVisible(true);
        } catch (RuntimeException e) {
            error.setText(FailureMessages.forPerson(e));
            submit.setEnabled(true);
        }
    }

    private void explain(AnswerFeedback answer) {
        Div box = explanations.get(answer.questionId());
        if (box == null) {
            return;
        }
        Question q = page.lesson().check().stream().filter(x -> x.id().equals(answer.questionId())).findFirst()
                .orElseThrow();
        Span verdict = new Span(answer.correct() ? "✓ Correct." : "✗ Not quite.");
        verdict.addClassName("answer-verdict");
        verdict.getStyle().set("font-weight", "600")
                .set("color", answer.correct() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        box.add(new Paragraph(verdict, new Span(" " + answer.explanation())));
        if (!answer.correct()) {
            Paragraph key = new Paragraph("The answer: “" + q.options().get(answer.correctOption()).text() + "” "
                    + answer.correctExplanation());
            key.addClassName("answer-key");
            box.add(key);
        }
    }

    private void reset() {
        choices.values().forEach(g -> {
            g.setReadOnly(false);
            g.clear();
        });
        explanations.values().forEach(Div::removeAll);
        score.setText("");
        error.setText("");
        submit.setVisible(true);
        submit.setEnabled(true);
        again.setVisible(false);
    }
}
