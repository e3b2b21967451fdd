package org.rapport.grader.features;

/** Receives the features of one sentence, with the tokens each came from (for explanations). */
public interface FeatureSink {
    /**
     * @param name  the feature as the model knows it
     * @param first first token it came from, or -1 for a feature of the whole sentence
     * @param last  last token it came from (inclusive), or -1
     */
    void add(String name, int first, int last);

    default void add(String name) {
        add(name, -1, -1);
    }
}
