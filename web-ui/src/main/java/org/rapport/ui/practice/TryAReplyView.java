package org.rapport.ui.practice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rapport.practice.PracticeService;
import org.rapport.practice.ReplyFeedback;

/**
 * Type what you would say to a client and see which move it makes, sentence by sentence. Text from the
 * learner is only ever set as component text, never as HTML.
 */
@Route("try")
@PageTitle("Try a reply | Rapport")
@Menu(order = 9, title = "Try a reply")
@PermitAll
public class TryAReplyView extends VerticalLayout {
    private final PracticeService practice;
    private final TextArea prompt = new TextArea("What the client said (optional)");
    private final TextArea reply = new TextArea("What would you say?");
    private final Button grade = new Button("Grade my reply");
    private final Div result = new Div();
    private final Span error = new Span();

    public TryAReplyView(PracticeService practice) {
        this.practice = practice;
        setMaxWidth("56rem");
        prompt.setWidthFull();
        prompt.setMaxLength(practice.maxReplyLength());
        prompt.setPlaceholder("I don't need a shrink. I'm fine.");
        reply.setWidthFull();
        reply.setMinHeight("8rem");
        reply.setMaxLength(practice.maxReplyLength());
        reply.setHelperText("Up to " + practice.maxReplyLength() + " characters");
        grade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grade.setDisableOnClick(true);
        grade.addClickListener(e -> submit());
        grade.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
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
            ReplyFeedback feedback = practice.gradeReply(reply.getValue(), prompt.getValue());
            result.add(summary(feedback));
            feedback.sentences().forEach(s -> result.add(sentence(s)));
        } catch (IllegalArgumentException rejected) {
            error.setText(rejected.getMessage());
        } finally {
            grade.setEnabled(true);
        }
    }

    private static Component summary(ReplyFeedback feedback) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Span move = new Span(capitalize(feedback.move()) + (feedback.unsure() ? " (unsure)" : ""));
        move.getElement().getThemeList().add("badge " + badge(feedback.move()));
        move.setId("reply-move");
        box.add(move);
        for (Map.Entry<String, Double> share : feedback.shares().entrySet()) {
            ProgressBar bar = new ProgressBar(0, 1, share.getValue());
            bar.setWidthFull();
            bar.getElement().setAttribute("aria-label", share.getKey() + " share");
            box.add(new Span(String.format(Locale.ROOT, "%s %d%%", capitalize(share.getKey()),
                    Math.round(share.getValue() * 100))), bar);
        }
        return box;
    }

    private static Component sentence(ReplyFeedback.SentenceFeedback s) {
        Div line = new Div();
        line.addClassName("graded-sentence");
        Span label = new Span(capitalize(s.move()));
        label.getElement().getThemeList().add("badge small " + badge(s.move()));
        line.add(label, new Span(" "));
        int at = 0;
        List<ReplyFeedback.Highlight> cues = s.cues().stream()
                .sorted(java.util.Comparator.comparingInt(ReplyFeedback.Highlight::start)).toList();
        for (ReplyFeedback.Highlight cue : cues) {
            if (cue.start() < at) {
                continue;
            }
            line.add(new Span(s.text().substring(at, cue.start())));
            Span mark = new Span(s.text().substring(cue.start(), cue.end()));
            mark.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("font-weight", "600");
            mark.getElement().setAttribute("title", "cue for " + s.move());
            line.add(mark);
            at = cue.end();
        }
        line.add(new Span(s.text().substring(at)));
        return line;
    }

    private static String badge(String move) {
        return switch (move) {
            case "judging" -> "error";
            case "partnering" -> "success";
            case "validating" -> "contrast";
            default -> "";
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
