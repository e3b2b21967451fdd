package org.rapport.grader.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.rapport.grader.features.FeatureFamilies;
import org.rapport.grader.features.PromptEchoFeatures;
import org.rapport.grader.model.GraderModel;
import org.rapport.grader.text.TextPipeline;

/** Trains a grader model from labelled replies. Deterministic: the same corpus and settings give the same model. */
public final class Trainer {
    /**
     * Bumped whenever feature extraction changes meaning, so a model version never names two different
     * behaviours of the same corpus.
     */
    static final String FEATURES_REVISION = "features-3";

    private Trainer() {
    }

    /** A trained model with what went into it. */
    public record Trained(GraderModel model, int replies, int sentences, int skippedReplies) {
    }

    public static Trained train(List<CorpusExample> examples, TrainingSettings settings) {
        TextPipeline pipeline = TextPipeline.english();
        SentenceSamples.Result samples = SentenceSamples.of(examples, pipeline, settings.promptDropout(),
                settings.families().contains(new PromptEchoFeatures().family()));
        FeatureFamilies.allowInOpenNlp();
        FeatureGenerator[] generators = FeatureFamilies.named(settings.families()).toArray(FeatureGenerator[]::new);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        if ("MAXENT_QN".equals(settings.algorithm())) {
            params.put("L1Cost", 0.0);
            params.put("L2Cost", settings.l2());
        }
        DoccatModel doccat;
        try {
            doccat = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples.samples()),
                    params, new DoccatFactory(generators));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
        Properties properties = new Properties();
        properties.setProperty(GraderModel.VERSION, version(examples, settings));
        properties.setProperty(GraderModel.ALGORITHM, settings.algorithm());
        properties.setProperty(GraderModel.FAMILIES, String.join(",", settings.families()));
        properties.setProperty(GraderModel.JUDGING_THRESHOLD, Double.toString(settings.judgingThreshold()));
        properties.setProperty(GraderModel.UNSURE_THRESHOLD, Double.toString(settings.unsureThreshold()));
        properties.setProperty("iterations", Integer.toString(settings.iterations()));
        properties.setProperty("cutoff", Integer.toString(settings.cutoff()));
        properties.setProperty("l2", Double.toString(settings.l2()));
        properties.setProperty("promptDropout", Double.toString(settings.promptDropout()));
        properties.setProperty("trainingReplies", Integer.toString(samples.replies()));
        properties.setProperty("trainingSentences", Integer.toString(samples.samples().size()));
        properties.setProperty("situations", Long.toString(examples.stream().map(CorpusExample::situation).distinct().count()));
        return new Trained(new GraderModel(doccat, properties), samples.replies(), samples.samples().size(),
                samples.skipped());
    }

    /**
     * "rg-" and the first 12 hex digits of a SHA-256 over the training examples, the settings, the feature
     * revision and the cue lexicon.
     */
    static String version(List<CorpusExample> examples, TrainingSettings settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FEATURES_REVISION + '\n' + settings + '\n').getBytes(StandardCharsets.UTF_8));
            // The cue lexicon is part of what the features mean: editing it makes a new model version.
            try (var lexicon = org.rapport.grader.features.CueLexiconFeatures.class.getResourceAsStream("cue-lexicon.txt")) {
                digest.update(lexicon.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("the cue lexicon could not be read", e);
            }
            for (CorpusExample e : examples) {
                String line = e.situation() + '\u0001' + e.prompt() + '\u0001' + e.response() + '\u0001'
                        + e.label() + '\u0001' + e.moves() + '\n';
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return "rg-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
