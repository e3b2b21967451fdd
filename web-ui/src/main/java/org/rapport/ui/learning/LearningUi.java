package org.rapport.ui.learning;

import org.rapport.grader.Move;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.rapport.ui.components.Moves;

/** Small building blocks the learner views share, so cards, messages and badges look the same everywhere. */
final class LearningUi {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private LearningUi() {
    }

    /** A message span for service errors; empty until a message is set, announced to screen readers. */
    static Span message(String id) {
        Span span = new Span();
        span.setId(id);
        span.getElement().setAttribute("role", "alert");
        span.getStyle().set("color", "var(--lumo-error-text-color)");
        return span;
    }

    /** A bordered box that wraps to the screen width. */
    static Div card() {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("max-width", "100%");
        return card;
    }

    /** A move named in words and tinted by its colour, so colour is never the only signal. */
    static Span moveBadge(Move move) {
        Span badge = new Span(Moves.title(move));
        badge.addClassName("move-badge");
        badge.getStyle().set("background", Moves.tint(move)).set("color", Moves.color(move))
                .set("border-radius", "var(--lumo-border-radius-s)").set("padding", "0 var(--lumo-space-xs)")
                .set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }

    /** Quiet secondary text, for minutes, dates and similar. */
    static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String round(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }
}
