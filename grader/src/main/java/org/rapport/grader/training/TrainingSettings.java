package org.rapport.grader.training;

import java.util.List;

import org.rapport.grader.features.FeatureFamilies;
import org.rapport.grader.features.RapportFeature;

/**
 * How a grader model is trained.
 *
 * @param algorithm        OpenNLP trainer: MAXENT_QN, MAXENT, PERCEPTRON or NAIVEBAYES
 * @param families         feature families to use
 * @param iterations       training iterations
 * @param cutoff           features seen fewer times are dropped
 * @param l2               L2 penalty for MAXENT_QN (ignored by the others)
 * @param judgingThreshold how sure the model must be that a sentence judges before the whole reply is judging
 * @param unsureThreshold  below this confidence a verdict is reported as unsure
 * @param promptDropout    share of training sentences seen without their prompt, so the model also grades
 *                         replies whose prompt is unknown
 */
public record TrainingSettings(String algorithm, List<String> families, int iterations, int cutoff, double l2,
                               double judgingThreshold, double unsureThreshold, double promptDropout) {
    public static final List<String> ALGORITHMS = List.of("MAXENT_QN", "MAXENT", "PERCEPTRON", "NAIVEBAYES");

    public TrainingSettings {
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("unknown algorithm " + algorithm + "; use one of " + ALGORITHMS);
        }
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("at least one feature family is needed");
        }
        if (iterations < 1 || cutoff < 0 || l2 < 0) {
            throw new IllegalArgumentException("iterations must be positive, cutoff and l2 not negative");
        }
        if (judgingThreshold <= 0 || judgingThreshold > 1 || unsureThreshold < 0 || unsureThreshold > 1) {
            throw new IllegalArgumentException("thresholds lie in (0, 1]");
        }
        if (promptDropout < 0 || promptDropout > 1) {
            throw new IllegalArgumentException("prompt dropout lies in [0, 1]");
        }
    }

    /** The feature families of the shipped model, chosen by grouped cross-validation (docs/grader.md). */
    static final List<String> SHIPPED_FAMILIES = List.of("lemmas", "ngrams", "pos-patterns", "questions",
            "cue-lexicons", "structure");

    /** The settings of the shipped model; docs/grader.md says why. */
    public static TrainingSettings defaults() {
        return new TrainingSettings("MAXENT_QN", SHIPPED_FAMILIES, 300, 1, 0.3, 0.4, 0.5, 0.3);
    }

    /** Every family the grader knows, shipped or not. */
    public static List<String> allFamilies() {
        return FeatureFamilies.all().stream().map(RapportFeature::family).toList();
    }

    public TrainingSettings withAlgorithm(String newAlgorithm) {
        return new TrainingSettings(newAlgorithm, families, iterations, cutoff, l2, judgingThreshold,
                unsureThreshold, promptDropout);
    }

    public TrainingSettings withFamilies(List<String> newFamilies) {
        return new TrainingSettings(algorithm, newFamilies, iterations, cutoff, l2, judgingThreshold,
                unsureThreshold, promptDropout);
    }

    public TrainingSettings withL2(double newL2) {
        return new TrainingSettings(algorithm, families, iterations, cutoff, newL2, judgingThreshold,
                unsureThreshold, promptDropout);
    }

    public TrainingSettings withCutoff(int newCutoff) {
        return new TrainingSettings(algorithm, families, iterations, newCutoff, l2, judgingThreshold,
                unsureThreshold, promptDropout);
    }

    public TrainingSettings withJudgingThreshold(double threshold) {
        return new TrainingSettings(algorithm, families, iterations, cutoff, l2, threshold, unsureThreshold,
                promptDropout);
    }
}
