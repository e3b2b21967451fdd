package org.rapport.grader.features;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.ext.ExtensionLoader;

/** The feature families the grader knows, and the allow-listing OpenNLP needs to re-create them. */
public final class FeatureFamilies {
    private static volatile boolean registered;

    private FeatureFamilies() {
    }

    /** All families, in the order the model stores them. */
    public static List<RapportFeature> all() {
        return List.of(new LemmaFeatures(), new NgramFeatures(), new SyntaxFeatures(), new QuestionFeatures(),
                new CueLexiconFeatures(), new StructureFeatures(), new PromptEchoFeatures(), new CharNgramFeatures());
    }

    /** The families whose names are listed, in the order of {@link #all()}. */
    public static List<RapportFeature> named(List<String> names) {
        List<RapportFeature> out = new ArrayList<>();
        for (RapportFeature f : all()) {
            if (names.contains(f.family())) {
                out.add(f);
            }
        }
        if (out.size() != names.size()) {
            throw new IllegalArgumentException("unknown feature family in " + names + "; known: "
                    + all().stream().map(RapportFeature::family).toList());
        }
        return out;
    }

    /**
     * OpenNLP (2.5.9 and later) re-creates feature generators by class name only from allow-listed packages;
     * call before loading a model that uses ours.
     */
    public static void allowInOpenNlp() {
        if (!registered) {
            ExtensionLoader.registerAllowedPackage(FeatureFamilies.class.getPackageName());
            registered = true;
        }
    }
}
