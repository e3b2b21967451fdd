package org.rapport.grader.features;

import java.util.Set;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * How much of the sentence echoes the client's own words. Reflections reuse what the person said; a
 * correction or an agenda brings new words. Absent when no prompt is known, so it never decides alone.
 */
public class PromptEchoFeatures extends RapportFeature {
    @Override
    public String family() {
        return "prompt-echo";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        Set<String> prompt = context.promptLemmas();
        if (prompt == null) {
            sink.add("echo=unknown");
            return;
        }
        AnalyzedSentence s = context.sentence();
        int content = 0;
        int echoed = 0;
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.lemmas()[i];
            if (!Words.isWord(s, i) || Words.STOP.contains(lemma)) {
                continue;
            }
            content++;
            if (prompt.contains(lemma)) {
                echoed++;
                sink.add("echo-word", i, i);
            }
        }
        double share = content == 0 ? 0 : (double) echoed / content;
        sink.add("echo=" + (echoed == 0 ? "none" : share < 0.2 ? "low" : share < 0.4 ? "mid" : "high"));
    }

    /** Content lemmas of a prompt, as this family compares them. */
    public static Set<String> contentLemmas(java.util.List<AnalyzedSentence> prompt) {
        java.util.HashSet<String> lemmas = new java.util.HashSet<>();
        for (AnalyzedSentence s : prompt) {
            for (int i = 0; i < s.size(); i++) {
                if (Words.isWord(s, i) && !Words.STOP.contains(s.lemmas()[i])) {
                    lemmas.add(s.lemmas()[i]);
                }
            }
        }
        return Set.copyOf(lemmas);
    }
}
