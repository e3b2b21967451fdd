package org.rapport.grader.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds for cross-validation grouped by situation and writer, so that every choice is measured the way the
 * headline figure is: on situations and writers the model did not see. Each situation goes to one fold and
 * each writer to one fold; a fold's test replies are those whose situation or writer is in the fold, and it
 * trains on the replies that share neither. Writers that stand for many voices at once (the first corpus's,
 * or none recorded) are never held out as a writer. The assignment is shuffled with a fixed seed, so the
 * same corpus always gives the same folds.
 */
public final class GroupedFolds {
    /** Writers that are not one voice: never a unit of the split. */
    static final Set<String> NOT_ONE_WRITER = Set.of("project-v1");
    private static final long SEED = 20261204L;

    /** One fold: the situations and writers it holds out, what it trains on and what it is measured on. */
    public record Fold(int index, Set<String> situations, Set<String> writers, List<CorpusExample> train,
                       List<CorpusExample> test) {
    }

    private GroupedFolds() {
    }

    public static List<Fold> of(List<CorpusExample> examples, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least two folds");
        }
        List<String> situations = shuffled(examples.stream().map(CorpusExample::situation).toList());
        List<String> writers = shuffled(examples.stream().map(CorpusExample::writer)
                .filter(Objects::nonNull).filter(w -> !NOT_ONE_WRITER.contains(w)).toList());
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            Set<String> foldSituations = every(situations, k, f);
            Set<String> foldWriters = every(writers, k, f);
            List<CorpusExample> train = new ArrayList<>();
            List<CorpusExample> test = new ArrayList<>();
            for (CorpusExample e : examples) {
                boolean held = foldSituations.contains(e.situation()) || e.writer() != null && foldWriters.contains(e.writer());
                (held ? test : train).add(e);
            }
            folds.add(new Fold(f, foldSituations, foldWriters, List.copyOf(train), List.copyOf(test)));
        }
        return folds;
    }

    private static List<String> shuffled(List<String> names) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(names));
        Collections.shuffle(distinct, new Random(SEED));
        return distinct;
    }

    private static Set<String> every(List<String> names, int k, int f) {
        Set<String> out = new TreeSet<>();
        for (int i = f; i < names.size(); i += k) {
            out.add(names.get(i));
        }
        return out;
    }
}
