package org.rapport.grader;

import java.util.Locale;

/** The four response moves of the labelling rubric (docs/rubric.md). */
public enum Move {
    JUDGING,
    VALIDATING,
    REFLECTIVE,
    PARTNERING;

    /** The lower-case name used in the corpus, the CLI and stored grades. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label as written in the corpus or by a supervisor.
     *
     * @throws IllegalArgumentException naming the accepted labels when the text is none of them
     */
    public static Move fromLabel(String label) {
        if (label != null) {
            for (Move move : values()) {
                if (move.label().equalsIgnoreCase(label.strip())) {
                    return move;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown move '" + label + "': expected judging, validating, reflective or partnering");
    }
}
