package org.rapport.grader.features;

import org.rapport.grader.text.AnalyzedSentence;

/** Bag of lemmas: "sounds", "sounded" and "sound" count as one cue, which a bag of words cannot do. */
public class LemmaFeatures extends RapportFeature {
    @Override
    public String family() {
        return "lemmas";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        for (int i = 0; i < s.size(); i++) {
            if (Words.isWord(s, i)) {
                sink.add("l=" + s.lemmas()[i], i, i);
            }
        }
    }
}
