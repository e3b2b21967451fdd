package org.rapport.grader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import org.rapport.grader.features.FeatureContext;
import org.rapport.grader.features.PromptEchoFeatures;
import org.rapport.grader.features.RapportFeature;
import org.rapport.grader.features.RapportFeature.SpannedFeature;
import org.rapport.grader.model.GraderModel;
import org.rapport.grader.text.AnalyzedSentence;
import org.rapport.grader.text.ReplyText;
import org.rapport.grader.text.TextPipeline;

/**
 * The grader on OpenNLP: the language pipeline, one doccat decision per sentence, the roll-up, and cues
 * from the model's weights. Thread-safe: models are shared and immutable, the categorizer (which OpenNLP
 * does not promise to be thread-safe) is one per thread.
 */
final class OpenNlpResponseGrader implements ResponseGrader {
    private final GraderModel model;
    private final TextPipeline pipeline;
    private final Explainer explainer;
    private final List<RapportFeature> explainable;
    private final int[] moveOfOutcome;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    private OpenNlpResponseGrader(GraderModel model, TextPipeline pipeline) {
        this.model = model;
        this.pipeline = pipeline;
        this.explainer = Explainer.of(model.doccat().getMaxentModel());
        List<RapportFeature> families = new ArrayList<>();
        for (FeatureGenerator g : model.doccat().getFactory().getFeatureGenerators()) {
            if (g instanceof RapportFeature f) {
                families.add(f);
            }
        }
        this.explainable = List.copyOf(families);
        var maxent = model.doccat().getMaxentModel();
        this.moveOfOutcome = new int[maxent.getNumOutcomes()];
        if (moveOfOutcome.length != Move.values().length) {
            throw new IllegalArgumentException("the model knows " + moveOfOutcome.length
                    + " moves; a grader model must be trained on all four");
        }
        for (int o = 0; o < moveOfOutcome.length; o++) {
            moveOfOutcome[o] = Move.fromLabel(maxent.getOutcome(o)).ordinal();
        }
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model.doccat()));
    }

    static OpenNlpResponseGrader load(InputStream in) throws IOException {
        return new OpenNlpResponseGrader(GraderModel.read(in), TextPipeline.english());
    }

    @Override
    public String modelVersion() {
        return model.version();
    }

    @Override
    public GradedResponse grade(String response, String prompt) {
        String reply = ReplyText.check(response, MAX_REPLY_CHARS);
        Set<String> promptLemmas = promptLemmas(prompt);
        List<AnalyzedSentence> sentences = pipeline.analyze(reply);
        if (sentences.isEmpty()) {
            throw new ReplyRejectedException("The reply has no words in it: write what you would say to the client.");
        }
        List<GradedSentence> graded = new ArrayList<>(sentences.size());
        List<double[]> scores = new ArrayList<>(sentences.size());
        List<Integer> words = new ArrayList<>(sentences.size());
        for (AnalyzedSentence sentence : sentences) {
            FeatureContext context = new FeatureContext(sentence, promptLemmas);
            double[] p = classify(context);
            int best = RollUp.argmax(p);
            Move label = Move.values()[best];
            List<SpannedFeature> features = new ArrayList<>();
            for (RapportFeature f : explainable) {
                features.addAll(f.spannedFeatures(context));
            }
            graded.add(new GradedSentence(sentence.text(), sentence.start(), sentence.end(), label, p[best],
                    toMap(p), explainer.cues(reply, sentence, features, label)));
            scores.add(p);
            words.add(sentence.wordCount());
        }
        RollUp.Verdict verdict = RollUp.of(scores, words, model.judgingThreshold(), model.unsureThreshold());
        return new GradedResponse(verdict.label(), verdict.confidence(), verdict.unsure(), verdict.scores(),
                graded, model.version());
    }

    /** Probabilities of the four moves, in {@link Move} order, for one sentence. */
    double[] classify(FeatureContext context) {
        Map<String, Object> extra = new HashMap<>(2);
        extra.put(FeatureContext.KEY, context);
        double[] byOutcome = categorizer.get().categorize(context.sentence().tokens(), extra);
        double[] byMove = new double[Move.values().length];
        for (int o = 0; o < byOutcome.length; o++) {
            byMove[moveOfOutcome[o]] = byOutcome[o];
        }
        return byMove;
    }

    private Set<String> promptLemmas(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            return null;
        }
        String clipped = prompt.length() > MAX_REPLY_CHARS ? prompt.substring(0, MAX_REPLY_CHARS) : prompt;
        try {
            return PromptEchoFeatures.contentLemmas(pipeline.analyze(ReplyText.check(clipped, MAX_REPLY_CHARS)));
        } catch (ReplyRejectedException notText) {
            // The prompt only helps; a prompt that is not text is graded as if none was given.
            return null;
        }
    }

    private static Map<Move, Double> toMap(double[] p) {
        Map<Move, Double> map = new EnumMap<>(Move.class);
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (Move m : Move.values()) {
            map.put(m, p[m.ordinal()] / sum);
        }
        return map;
    }
}
