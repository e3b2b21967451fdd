package org.rapport.ui.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rapport.practice.GradingService;
import org.rapport.practice.ReplyFeedback;
import org.rapport.ui.components.Bars;
import org.rapport.ui.components.FailureMessages;
import org.rapport.ui.components.HighlightedReply;
import org.rapport.ui.components.Moves;

/**
 * Type what you would say to a client and see which move it makes, sentence by sentence. Text from the
 * learner is only ever set as component text, never as HTML.
 */
@Route("try")
@PageTitle("Try a reply | Rapport")
@Menu(order = 9, title = "Try a reply")
@PermitAll
public class TryAReplyView extends VerticalLayout {
    private final GradingService grading;
    private final TextArea prompt = new TextArea("What the client said (optional)");
    private final TextArea reply = new TextArea("What would you say?");
    private final Button grade = new Button("Grade my reply");
    private final Div result = new Div();
    private final Span error = new Span();

    public TryAReplyView(GradingService grading) {
        this.grading = grading;
        setMaxWidth("56rem");
        prompt.setWidthFull();
        prompt.setMaxLength(grading.maxReplyLength());
        prompt.setPlaceholder("I don't need a shrink. I'm fine.");
        reply.setWidthFull();
        reply.setMinHeight("8rem");
        reply.setMaxLength(grading.maxReplyLength());
        reply.setHelperText("Up to " + grading.maxReplyLength() + " characters");
        grade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grade.setDisableOnClick(true);
        grade.addClickListener(e -> submit());
        grade.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        prompt.setId("try-prompt");
        reply.setId("try-reply");
        grade.setId("try-grade");
        error.setId("reply-error");
        result.setId("feedback");
        add(new H2("Try a reply"),
                new Paragraph("Rapport labels each sentence as judging, validating, reflective or partnering: "
                        + "listen, empathize, agree, partner. It trains skills; it is not treatment or crisis support."),
                prompt, reply, grade, error, result);
    }

    private void submit() {
        error.setText("");
        result.removeAll();
        try {
            ReplyFeedback feedback = grading.gradeReply(reply.getValue(), prompt.getValue());
            Span move = new Span(Moves.title(feedback.move()) + (feedback.unsure() ? " (unsure)" : ""));
            move.setId("reply-move");
            move.getStyle().set("color", Moves.color(feedback.move())).set("font-weight", "600");
            Paragraph rule = new Paragraph(feedback.rollUp());
            rule.setId("reply-roll-up");
            rule.addClassName("roll-up-rule");
            result.add(move, rule, Bars.ofMoves(feedback.shares()), new HighlightedReply(feedback));
        } catch (RuntimeException rejected) {
            error.setText(FailureMessages.forPerson(rejected));
        } finally {
            grade.setEnabled(true);
        }
    }
}
