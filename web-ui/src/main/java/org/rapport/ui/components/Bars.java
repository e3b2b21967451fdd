package org.rapport.ui.components;

import org.rapport.grader.Move;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Horizontal bars drawn with plain elements: a label, the bar and the figure as text, so the chart reads without
 * colour or script and works at 375 px. Values are shares (0..1) or scores (0..100) as the caller says.
 */
public class Bars extends Div {
    private final double max;
    private final boolean percent;

    /** @param max the value of a full bar; @param percent show values as percentages of 1 */
    public Bars(double max, boolean percent) {
        this.max = max;
        this.percent = percent;
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(6rem, max-content) 1fr 3.5rem")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "center")
                .set("width", "100%");
    }

    /** Bars for the four moves in rubric order, coloured by move. */
    public static Bars ofMoves(Map<Move, Double> shares) {
        Bars bars = new Bars(1, true);
        for (Move move : Moves.ALL) {
            Double value = shares.get(move);
            bars.add(Moves.title(move), value == null ? 0 : value, Moves.color(move));
        }
        return bars;
    }

    public Bars add(String label, double value, String color) {
        Span name = new Span(label);
        Div track = new Div();
        track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("height", "0.75rem").set("overflow", "hidden");
        Div fill = new Div();
        double share = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", 100 * share)).set("height", "100%")
                .set("background", color);
        track.add(fill);
        track.getElement().setAttribute("role", "img");
        String figure = percent ? String.format(Locale.ROOT, "%.0f%%", 100 * value)
                : String.format(Locale.ROOT, "%.0f", value);
        track.getElement().setAttribute("aria-label", label + ": " + figure);
        Span number = new Span(figure);
        number.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
        add(name, track, number);
        return this;
    }
}
