package org.rapport.grader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.rapport.grader.features.FeatureContext;
import org.rapport.grader.features.PromptEchoFeatures;
import org.rapport.grader.features.RapportFeature;
import org.rapport.grader.features.RapportFeature.SpannedFeature;
import org.rapport.grader.model.GraderModel;
import org.rapport.grader.text.AnalyzedSentence;
import org.rapport.grader.text.TextPipeline;

/**
 * The grader on OpenNLP: the language pipeline, one doccat decision per sentence, the roll-up, and cues
 * from the model's weights. Thread-safe: models are shared and immutable, and the OpenNLP tools that keep
 * state (tagger, lemmatizer, ...) are one per thread inside {@link TextPipeline}.
 */
final class OpenNlpResponseGrader implements ResponseGrader {
    private final GraderModel model;
    private final TextPipeline pipeline;
    private final Explainer explainer;
    private final List<RapportFeature> families;
    /** Whether the model has a feature family that compares a sentence with the client's words. */
    private final boolean readsPrompts;
    private final MaxentModel maxent;
    private final int[] moveOfOutcome;
    private final PromptMemo prompts = new PromptMemo(PROMPTS_REMEMBERED, this::analysePrompt);

    /** Well above the scenarios of every course together; at worst 512 prompts of 4,000 characters, a few MB. */
    private static final int PROMPTS_REMEMBERED = 512;

    private OpenNlpResponseGrader(GraderModel model, TextPipeline pipeline) {
        this.model = model;
        this.pipeline = pipeline;
        this.explainer = Explainer.of(model.doccat().getMaxentModel());
        this.families = new ArrayList<>();
        for (FeatureGenerator g : model.doccat().getFactory().getFeatureGenerators()) {
            if (!(g instanceof RapportFeature family)) {
                throw new IllegalArgumentException("not a Rapport grader model: it uses the feature generator "
                        + g.getClass().getName());
            }
            families.add(family);
        }
        this.readsPrompts = families.stream().anyMatch(f -> f instanceof PromptEchoFeatures);
        this.maxent = model.doccat().getMaxentModel();
        this.moveOfOutcome = new int[maxent.getNumOutcomes()];
        if (moveOfOutcome.length != Move.values().length) {
            throw new IllegalArgumentException("the model knows " + moveOfOutcome.length
                    + " moves; a grader model must be trained on all four");
        }
        for (int o = 0; o < moveOfOutcome.length; o++) {
            moveOfOutcome[o] = Move.fromLabel(maxent.getOutcome(o)).ordinal();
        }
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
            // Features are extracted once and serve both the decision and the cues.
            List<SpannedFeature> features = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RapportFeature family : families) {
                extract(family, context, features, names);
            }
            double[] p = classify(names.toArray(String[]::new));
            Move label = RollUp.sentenceLabel(p, model.judgingThreshold());
            graded.add(new GradedSentence(sentence.text(), sentence.start(), sentence.end(), label, p[label.ordinal()],
                    toMap(p), explainer.cues(reply, sentence, features, label)));
            scores.add(p);
            words.add(sentence.wordCount());
        }
        RollUp.Verdict verdict = RollUp.of(scores, words, model.judgingThreshold(), model.unsureThreshold());
        return new GradedResponse(verdict.label(), verdict.confidence(), verdict.unsure(), verdict.scores(),
                graded, model.version());
    }

    /**
     * Probabilities of the four moves, in {@link Move} order, for one sentence's features. This is what
     * {@code DocumentCategorizerME} computes from the same context (a test checks they agree); calling the
     * model directly lets the features serve the cues too, and needs no per-thread categorizer, since the
     * model's evaluation keeps no state between calls.
     */
    double[] classify(String[] context) {
        double[] byOutcome = maxent.eval(context);
        double[] byMove = new double[Move.values().length];
        for (int o = 0; o < byOutcome.length; o++) {
            byMove[moveOfOutcome[o]] = byOutcome[o];
        }
        return byMove;
    }

    /** Adds one family's features: with their tokens to {@code spanned} (for cues), and their names as doccat would. */
    private static void extract(RapportFeature family, FeatureContext context, List<SpannedFeature> spanned,
                                List<String> names) {
        List<SpannedFeature> features = family.spannedFeatures(context);
        spanned.addAll(features);
        names.addAll(RapportFeature.contextNames(features));
    }

    private Set<String> promptLemmas(String prompt) {
        if (!readsPrompts || prompt == null || prompt.isBlank()) {
            return null;
        }
        String clipped = prompt.length() > MAX_REPLY_CHARS ? prompt.substring(0, MAX_REPLY_CHARS) : prompt;
        return prompts.lemmas(clipped).orElse(null);
    }

    private Optional<Set<String>> analysePrompt(String prompt) {
        try {
            String text = ReplyText.check(prompt, MAX_REPLY_CHARS);
            return Optional.of(PromptEchoFeatures.contentLemmas(pipeline.analyze(text)));
        } catch (ReplyRejectedException notText) {
            // The prompt only helps; a prompt that is not text is graded as if none was given.
            return Optional.empty();
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
