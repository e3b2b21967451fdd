package org.rapport.grader.features;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * What the feature generators see of one sentence: the analyzed sentence and, when the client's words are
 * known, the content lemmas of the prompt. Passed to OpenNLP's doccat under {@link #KEY} in the
 * extra-information map, because doccat itself hands generators only the tokens.
 *
 * <p>Work that several families need (the cue-lexicon matches) is done once per sentence and kept here.
 * A context belongs to one sentence being graded on one thread.
 */
public final class FeatureContext {
    public static final String KEY = "rapport.featureContext";

    private final AnalyzedSentence sentence;
    private final Set<String> promptLemmas;
    private List<CueLexicon.Match> cueMatches;

    /**
     * @param sentence     the analyzed sentence
     * @param promptLemmas content lemmas of what the client said, or null when no prompt was given
     */
    public FeatureContext(AnalyzedSentence sentence, Set<String> promptLemmas) {
        this.sentence = sentence;
        this.promptLemmas = promptLemmas;
    }

    public AnalyzedSentence sentence() {
        return sentence;
    }

    /** Content lemmas of what the client said, or null when no prompt was given. */
    public Set<String> promptLemmas() {
        return promptLemmas;
    }

    /** The cue-lexicon phrases in the sentence, matched on first use. */
    List<CueLexicon.Match> cueMatches() {
        if (cueMatches == null) {
            cueMatches = CueLexicon.DEFAULT.matches(sentence);
        }
        return cueMatches;
    }

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

    static FeatureContext of(String[] tokens, Map<String, Object> extraInformation) {
        Object context = extraInformation == null ? null : extraInformation.get(KEY);
        return context instanceof FeatureContext fc ? fc : fromTokens(tokens);
    }
}
