package org.rapport.grader.features;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * Cue phrases from cue-lexicon.txt as features: a group fires when any of its phrases occurs, so a cue the
 * corpus never showed in this exact wording still counts ("studies" and "research" share judging.facts).
 */
public class CueLexiconFeatures extends RapportFeature {
    @Override
    public String family() {
        return "cue-lexicons";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        int start = Words.firstContent(s);
        for (CueLexicon.Match m : context.cueMatches()) {
            sink.add("lex=" + m.group(), m.first(), m.last());
            String lean = m.group().substring(0, m.group().indexOf('.'));
            sink.add("lean=" + lean, m.first(), m.last());
            if (m.first() == start) {
                sink.add("lex@start=" + m.group(), m.first(), m.last());
            }
        }
    }
}
