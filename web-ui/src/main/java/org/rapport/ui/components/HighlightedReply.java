package org.rapport.ui.components;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.rapport.practice.ReplyFeedback;

/**
 * A graded reply, sentence by sentence: each sentence tinted by its move with the move's name beside it, and
 * its cue words marked. Built from text nodes only, so nothing a learner typed is ever read as HTML.
 */
public class HighlightedReply extends Div {
    public HighlightedReply(ReplyFeedback feedback) {
        addClassName("highlighted-reply");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (ReplyFeedback.SentenceFeedback sentence : feedback.sentences()) {
            add(sentence(sentence));
        }
    }

    private static Div sentence(ReplyFeedback.SentenceFeedback s) {
        Div row = new Div();
        row.addClassName("graded-sentence");
        row.getStyle().set("background", Moves.tint(s.move())).set("border-left", "4px solid " + Moves.color(s.move()))
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-s)");
        Span label = new Span(Moves.title(s.move()) + String.format(Locale.ROOT, " (%.0f%%)", 100 * s.confidence()));
        label.addClassName("sentence-move");
        label.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600")
                .set("color", Moves.color(s.move())).set("display", "block");
        Div text = new Div();
        text.addClassName("sentence-text");
        String t = s.text();
        int at = 0;
        List<ReplyFeedback.Highlight> cues = s.cues().stream()
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        for (ReplyFeedback.Highlight cue : cues) {
            int start = Math.max(at, Math.min(cue.start(), t.length()));
            int end = Math.max(start, Math.min(cue.end(), t.length()));
            if (start > at) {
                text.add(new Span(t.substring(at, start)));
            }
            if (end > start) {
                Span mark = new Span(t.substring(start, end));
                mark.addClassName("cue");
                mark.getElement().setAttribute("title", "a word that drove this label");
                mark.getStyle().set("font-weight", "600").set("text-decoration", "underline")
                        .set("text-decoration-color", Moves.color(s.move())).set("text-decoration-thickness", "2px");
                text.add(mark);
            }
            at = end;
        }
        if (at < t.length()) {
            text.add(new Span(t.substring(at)));
        }
        row.add(label, text);
        return row;
    }
}
