package org.rapport.grader;

/**
 * Words that pushed a sentence toward its move, with their place in the reply so a UI can highlight them.
 *
 * @param text   the words as the learner wrote them
 * @param start  offset of the first character in the whole reply
 * @param end    offset just past the last character in the whole reply
 * @param weight how strongly these words pushed toward the sentence's move, relative to the strongest cue (0..1]
 */
public record Cue(String text, int start, int end, double weight) {
    public Cue {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a cue needs its words");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("cue span must be non-empty: " + start + ".." + end);
        }
    }
}
