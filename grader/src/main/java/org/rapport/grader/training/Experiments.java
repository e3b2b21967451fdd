package org.rapport.grader.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;

/**
 * The comparisons behind docs/grader.md: the learning algorithms, OpenNLP's plain bag-of-words doccat as
 * the floor, and an ablation that drops one feature family at a time. Everything is trained on the training
 * situations and measured on the held-out ones.
 */
public final class Experiments {
    private Experiments() {
    }

    /** One trained-and-evaluated configuration. */
    public record Row(String name, TrainingSettings settings, Evaluation evaluation, long trainMillis) {
    }

    /** Trains a model in memory and loads it through the public API, as a caller would. */
    public static ResponseGrader toGrader(Trainer.Trained trained) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trained.model().write(bytes);
            return ResponseGrader.load(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Row run(String name, TrainingSettings settings, List<CorpusExample> train,
                          List<CorpusExample> test) {
        long start = System.nanoTime();
        Trainer.Trained trained = Trainer.train(train, settings);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Row(name, settings, Evaluation.run(toGrader(trained), test), millis);
    }

    /** Runs every comparison and returns the markdown tables; progress goes to {@code log}. */
    public static String all(List<CorpusExample> train, List<CorpusExample> test, Consumer<String> log) {
        TrainingSettings base = TrainingSettings.defaults();
        StringBuilder md = new StringBuilder();

        List<Row> algorithms = new ArrayList<>();
        for (String algorithm : TrainingSettings.ALGORITHMS) {
            Row row = run(algorithm, base.withAlgorithm(algorithm), train, test);
            log.accept(summary(row));
            algorithms.add(row);
        }
        md.append("### Learning algorithms (all feature families)\n\n");
        md.append(table(algorithms));

        List<Row> floor = new ArrayList<>();
        Row bow = run("OpenNLP doccat, bag of words (floor)",
                base.withAlgorithm("MAXENT").withFamilies(List.of(TrainingSettings.OPENNLP_BAG_OF_WORDS)), train, test);
        log.accept(summary(bow));
        floor.add(bow);
        Row full = run("Rapport grader (all families, " + base.algorithm() + ")", base, train, test);
        log.accept(summary(full));
        floor.add(full);
        md.append("\n### The floor and the grader\n\n").append(table(floor));

        List<Row> ablation = new ArrayList<>();
        ablation.add(full);
        for (String family : base.families()) {
            List<String> rest = new ArrayList<>(base.families());
            rest.remove(family);
            Row row = run("without " + family, base.withFamilies(rest), train, test);
            log.accept(summary(row));
            ablation.add(row);
        }
        for (String family : List.of("lemmas", "ngrams")) {
            Row row = run("only " + family, base.withFamilies(List.of(family)), train, test);
            log.accept(summary(row));
            ablation.add(row);
        }
        md.append("\n### Ablation: one feature family left out at a time\n\n").append(table(ablation));
        return md.toString();
    }

    static String summary(Row row) {
        Evaluation e = row.evaluation();
        return String.format(Locale.ROOT, "%-45s macro-F1 %.3f  accuracy %.3f  mixed-judging %.3f  (%d ms)",
                row.name(), e.replies().macroF1(), e.replies().accuracy(), e.mixedJudgingRecall(), row.trainMillis());
    }

    static String table(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| configuration | macro-F1 | accuracy | kappa | judging F1 | validating F1 | reflective F1 | partnering F1 | mixed with judging → judging | sentence accuracy | training |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            Evaluation e = row.evaluation();
            Agreement a = e.replies();
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f%% | %.3f | %.1f s |%n",
                    row.name(), a.macroF1(), a.accuracy(), a.kappa(), a.f1(Move.JUDGING), a.f1(Move.VALIDATING),
                    a.f1(Move.REFLECTIVE), a.f1(Move.PARTNERING), 100 * e.mixedJudgingRecall(),
                    e.sentences().accuracy(), row.trainMillis() / 1000.0));
        }
        return md.toString();
    }
}
