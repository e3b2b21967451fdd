package org.rapport.practice;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.rapport.grader.Move;

/**
 * One sentence of a stored attempt as the grader saw it, and the move a supervisor's review gave it (null until a
 * review overrides the attempt). Offsets index the reply text; {@code cues} holds the cue spans as "start-end"
 * pairs separated by commas, which is all the UI needs to highlight them again.
 */
@Embeddable
public record AttemptSentence(int startOffset, int endOffset, @Enumerated(EnumType.STRING) Move label,
                              double confidence, String cues, @Enumerated(EnumType.STRING) Move reviewedLabel) {
    /** The move everyone sees: the supervisor's when a review gave one, otherwise the grader's. */
    public Move move() {
        return reviewedLabel != null ? reviewedLabel : label;
    }

    AttemptSentence reviewedAs(Move move) {
        return new AttemptSentence(startOffset, endOffset, label, confidence, cues, move);
    }

    /**
     * Spans of the cue words, as offsets into the reply; none when a review changed the sentence's move, since
     * they explained the grader's move.
     */
    public List<int[]> cueSpans() {
        List<int[]> spans = new ArrayList<>();
        if (cues == null || cues.isEmpty() || move() != label) {
            return spans;
        }
        for (String pair : cues.split(",")) {
            int dash = pair.indexOf('-');
            spans.add(new int[] {Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))});
        }
        return spans;
    }
}
