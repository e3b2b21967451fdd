package org.rapport.grader.features;

import java.util.Locale;
import java.util.Set;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * What the feature generators see of one sentence: the analyzed sentence and, when the client's words are
 * known, the content lemmas of the prompt. Passed to OpenNLP's doccat under {@link #KEY} in the
 * extra-information map, because doccat itself hands generators only the tokens.
 *
 * @param sentence     the analyzed sentence
 * @param promptLemmas content lemmas of what the client said, or null when no prompt was given
 */
public record FeatureContext(AnalyzedSentence sentence, Set<String> promptLemmas) {
    public static final String KEY = "rapport.featureContext";

    /** A context for callers that hand doccat bare tokens: no tags, lemmas are the lower-cased tokens. */
    static FeatureContext fromTokens(String[] tokens) {
        String[] tags = new String[tokens.length];
        String[] lemmas = new String[tokens.length];
        int[] offsets = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            tags[i] = tokens[i].chars().anyMatch(Character::isLetterOrDigit) ? "X" : "PUNCT";
            lemmas[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        AnalyzedSentence s = new AnalyzedSentence(String.join(" ", tokens), 0, 0, tokens, offsets, offsets,
                tags, lemmas, 0, 1);
        return new FeatureContext(s, null);
    }

    static FeatureContext of(String[] tokens, java.util.Map<String, Object> extraInformation) {
        Object context = extraInformation == null ? null : extraInformation.get(KEY);
        return context instanceof FeatureContext fc ? fc : fromTokens(tokens);
    }
}
