package org.rapport.grader.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.DocumentSample;
import org.rapport.grader.Move;
import org.rapport.grader.features.FeatureContext;
import org.rapport.grader.features.PromptEchoFeatures;
import org.rapport.grader.text.AnalyzedSentence;
import org.rapport.grader.text.TextPipeline;

/**
 * Turns labelled replies into labelled sentences for doccat. A reply's sentences take the moves listed
 * for it when the sentence detector finds the same number of sentences; a reply whose sentences all make
 * one move gives every sentence that move; a mixed reply whose split disagrees is left out of training
 * (it still counts in evaluation, which grades whole replies).
 */
final class SentenceSamples {
    record Result(List<DocumentSample> samples, int replies, int skipped) {
    }

    private SentenceSamples() {
    }

    /** @param readPrompts whether a family uses the client's words; if none does, prompts are not analysed */
    static Result of(List<CorpusExample> examples, TextPipeline pipeline, double promptDropout, boolean readPrompts) {
        List<DocumentSample> samples = new ArrayList<>();
        // Each prompt answers several replies in the corpus: analyze it once.
        Map<String, Set<String>> promptLemmas = new HashMap<>();
        int skipped = 0;
        for (CorpusExample example : examples) {
            List<AnalyzedSentence> sentences = pipeline.analyze(example.response());
            List<Move> labels = sentenceLabels(example, sentences.size());
            if (labels == null) {
                skipped++;
                continue;
            }
            Set<String> prompt = null;
            // Deterministic dropout: the same corpus always gives the same model.
            boolean drop = Math.floorMod(example.response().hashCode(), 1000) < promptDropout * 1000;
            if (readPrompts && example.prompt() != null && !example.prompt().isBlank() && !drop) {
                prompt = promptLemmas.computeIfAbsent(example.prompt(),
                        p -> PromptEchoFeatures.contentLemmas(pipeline.analyze(p)));
            }
            for (int i = 0; i < sentences.size(); i++) {
                AnalyzedSentence s = sentences.get(i);
                Map<String, Object> extra = new HashMap<>();
                extra.put(FeatureContext.KEY, new FeatureContext(s, prompt));
                samples.add(new DocumentSample(labels.get(i).label(), s.tokens(), extra));
            }
        }
        return new Result(samples, examples.size() - skipped, skipped);
    }

    static List<Move> sentenceLabels(CorpusExample example, int sentenceCount) {
        List<Move> moves = example.moves();
        if (sentenceCount == 0) {
            return null;
        }
        if (moves.size() == sentenceCount) {
            return moves;
        }
        boolean uniform = moves.isEmpty() ? sentenceCount == 1 : moves.stream().distinct().count() == 1
                && moves.get(0) == example.label();
        return uniform ? java.util.Collections.nCopies(sentenceCount, example.label()) : null;
    }
}
