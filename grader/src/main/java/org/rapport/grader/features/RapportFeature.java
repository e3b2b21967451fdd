package org.rapport.grader.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Base of Rapport's doccat feature generators: one subclass per feature family. OpenNLP re-creates each
 * generator by class name when a model loads, so subclasses need a public no-argument constructor and
 * must stay in this package, the one package registered with OpenNLP's extension allow-list.
 */
public abstract class RapportFeature implements FeatureGenerator {

    /** Short name of the family, used in the ablation table and the model's properties. */
    public abstract String family();

    /** Writes this family's features for one sentence. Must be stateless: one instance serves all threads. */
    public abstract void extract(FeatureContext context, FeatureSink sink);

    @Override
    public final Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        return contextNames(spannedFeatures(FeatureContext.of(text, extraInformation)));
    }

    /**
     * The feature names a family contributes to doccat's context: each once, in the order first produced.
     * The grader builds its context through this too, so it evaluates exactly what training saw.
     */
    public static List<String> contextNames(List<SpannedFeature> features) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        features.forEach(f -> names.add(f.name()));
        return new ArrayList<>(names);
    }

    /** Features with the tokens they came from; the explanation side of {@link #extractFeatures}. */
    public final List<SpannedFeature> spannedFeatures(FeatureContext context) {
        List<SpannedFeature> out = new ArrayList<>();
        extract(context, (name, first, last) -> out.add(new SpannedFeature(name, first, last)));
        return out;
    }

    /** A feature and the token range it came from; first is -1 for sentence-wide features. */
    public record SpannedFeature(String name, int first, int last) {
    }
}
