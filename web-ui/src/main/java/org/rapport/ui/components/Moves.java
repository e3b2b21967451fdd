package org.rapport.ui.components;

import java.util.List;

/** The four moves as the UI names and colours them; colour is never the only signal (names are always shown). */
public final class Moves {
    public static final List<String> ALL = List.of("judging", "validating", "reflective", "partnering");

    private Moves() {
    }

    public static String title(String move) {
        return move == null || move.isEmpty() ? "" : Character.toUpperCase(move.charAt(0)) + move.substring(1);
    }

    /** Lumo colours with enough contrast for text on a light tint of themselves. */
    public static String color(String move) {
        return switch (move) {
            case "judging" -> "var(--lumo-error-color)";
            case "validating" -> "var(--lumo-warning-text-color, #8a5a00)";
            case "reflective" -> "var(--lumo-primary-color)";
            case "partnering" -> "var(--lumo-success-color)";
            default -> "var(--lumo-contrast-60pct)";
        };
    }

    /** One line beside a grade a supervisor's review changed, naming what the grader said. */
    public static String reviewedLine(org.rapport.practice.AttemptFeedback.GraderGrade grader) {
        return "A supervisor reviewed this reply and changed its grade; the grader had read it as "
                + grader.move() + " (score " + grader.score() + ").";
    }

    public static String tint(String move) {
        return switch (move) {
            case "judging" -> "var(--lumo-error-color-10pct)";
            case "validating" -> "rgba(255, 180, 0, 0.15)";
            case "reflective" -> "var(--lumo-primary-color-10pct)";
            case "partnering" -> "var(--lumo-success-color-10pct)";
            default -> "var(--lumo-contrast-5pct)";
        };
    }
}
