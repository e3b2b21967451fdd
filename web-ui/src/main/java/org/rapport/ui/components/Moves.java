package org.rapport.ui.components;

import java.util.List;

import org.rapport.grader.Move;

/** The four moves as the UI names and colours them; colour is never the only signal (names are always shown). */
public final class Moves {
    public static final List<Move> ALL = List.of(Move.values());

    private Moves() {
    }

    /** "Judging", "Validating"...; empty for no move. */
    public static String title(Move move) {
        if (move == null) {
            return "";
        }
        String label = move.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** Lumo colours with enough contrast for text on a light tint of themselves. */
    public static String color(Move move) {
        return move == null ? "var(--lumo-contrast-60pct)" : switch (move) {
            case JUDGING -> "var(--lumo-error-color)";
            case VALIDATING -> "var(--lumo-warning-text-color, #8a5a00)";
            case REFLECTIVE -> "var(--lumo-primary-color)";
            case PARTNERING -> "var(--lumo-success-color)";
        };
    }

    /** One line beside a grade a supervisor's review changed, naming what the grader said. */
    public static String reviewedLine(org.rapport.practice.AttemptFeedback.GraderGrade grader) {
        return "A supervisor reviewed this reply and changed its grade; the grader had read it as "
                + grader.move().label() + " (score " + grader.score() + ").";
    }

    public static String tint(Move move) {
        return move == null ? "var(--lumo-contrast-5pct)" : switch (move) {
            case JUDGING -> "var(--lumo-error-color-10pct)";
            case VALIDATING -> "rgba(255, 180, 0, 0.15)";
            case REFLECTIVE -> "var(--lumo-primary-color-10pct)";
            case PARTNERING -> "var(--lumo-success-color-10pct)";
        };
    }
}
