package org.rapport.practice;

import java.util.List;
import java.util.Map;

/**
 * What a learner is shown after grading a reply: the move, the per-move shares, and each sentence with
 * the words that drove it. Built from the grader's result so the UI never sees grader types.
 *
 * @param move         label of the whole reply ("judging", "validating", "reflective", "partnering")
 * @param confidence   0..1
 * @param unsure       the grader's confidence is below its bar
 * @param shares       each move's share of the reply, in rubric order
 * @param sentences    sentences in reading order
 * @param modelVersion the grader model that made this grade
 */
public record ReplyFeedback(String move, double confidence, boolean unsure, Map<String, Double> shares,
                            List<SentenceFeedback> sentences, String modelVersion) {

    /** One sentence: its move and which parts of it are cues (offsets within the sentence). */
    public record SentenceFeedback(String text, String move, double confidence, List<Highlight> cues) {
    }

    /** A cue inside a sentence, as offsets into {@link SentenceFeedback#text()}. */
    public record Highlight(int start, int end) {
    }
}
