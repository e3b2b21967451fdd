package org.rapport.grader.text;

/**
 * One sentence after the language pipeline: normalized tokens with POS tags and lemmas, and where each
 * token came from in the original reply (so cues can be highlighted in what the learner wrote).
 *
 * <p>Arrays are owned by this record and never modified after construction.
 *
 * @param text        the sentence as written
 * @param start       offset of the sentence in the reply
 * @param end         offset just past the sentence in the reply
 * @param tokens      normalized tokens ("u" becomes "you")
 * @param tokenStarts offset in the reply of the written token behind each token
 * @param tokenEnds   end offset in the reply of the written token behind each token
 * @param tags        Universal Dependencies POS tag of each token
 * @param lemmas      lower-case lemma of each token
 * @param index       position of the sentence in the reply, from 0
 * @param count       number of sentences in the reply
 */
public record AnalyzedSentence(String text, int start, int end, String[] tokens, int[] tokenStarts,
                               int[] tokenEnds, String[] tags, String[] lemmas, int index, int count) {

    public int size() {
        return tokens.length;
    }

    /** Lower-case form of token i. */
    public String lower(int i) {
        return tokens[i].toLowerCase(java.util.Locale.ROOT);
    }

    /** Number of tokens that are words rather than punctuation; the weight of the sentence in a roll-up. */
    public int wordCount() {
        int words = 0;
        for (String tag : tags) {
            if (!"PUNCT".equals(tag) && !"SYM".equals(tag)) {
                words++;
            }
        }
        return Math.max(words, 1);
    }
}
