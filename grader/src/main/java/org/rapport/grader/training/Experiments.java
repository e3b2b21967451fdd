package org.rapport.grader.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.model.GraderModel;

/**
 * The tables behind docs/grader.md, in two steps that never mix.
 * <ol>
 *   <li><b>Choices</b>, by cross-validation grouped by situation and writer ({@link GroupedFolds}) on the
 *   training part only: learning algorithm, feature families, L2 penalty, the judging threshold of the
 *   roll-up, and the baseline's own penalty.</li>
 *   <li><b>The held-out measurement</b> of the settings so chosen (the shipped defaults) beside the TF-IDF
 *   baseline, both trained on the training part: on the held-out writers and situations (the headline,
 *   broken down by what is new), on the situation-only split of the first corpus, and on any other check
 *   sets given.</li>
 * </ol>
 */
public final class Experiments {
    static final int FOLDS = 5;
    static final List<Double> THRESHOLDS = List.of(0.3, 0.35, 0.4, 0.45, 0.5);
    static final List<Double> BASELINE_L2 = List.of(0.1, 0.3, 1.0);

    private Experiments() {
    }

    /** A way to train a grader on some replies: the grader with some settings, or the baseline. */
    public record Candidate(String name, Function<List<CorpusExample>, ResponseGrader> trainer) {
        public static Candidate grader(String name, TrainingSettings settings) {
            return new Candidate(name, examples -> toGrader(Trainer.train(examples, settings)));
        }

        public static Candidate baseline(double l2) {
            return new Candidate(String.format(Locale.ROOT, "TF-IDF logistic regression (L2 %s)", l2),
                    examples -> TfIdfBaseline.train(examples, l2));
        }
    }

    /** One candidate measured on several folds (or on one held-out set, as a single "fold"). */
    public record Row(String name, List<Evaluation> folds, long trainMillis) {
        double mean(Function<Evaluation, Double> figure) {
            return folds.stream().mapToDouble(figure::apply).average().orElse(0);
        }

        double spread(Function<Evaluation, Double> figure) {
            double m = mean(figure);
            return Math.sqrt(folds.stream().mapToDouble(e -> Math.pow(figure.apply(e) - m, 2)).average().orElse(0));
        }
    }

    /** Writes a trained model and loads it through the public API, as a caller would. */
    public static ResponseGrader toGrader(Trainer.Trained trained) {
        return load(trained.model());
    }

    private static ResponseGrader load(GraderModel model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.write(bytes);
            return ResponseGrader.load(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same trained model with another judging threshold in its roll-up: no retraining needed. */
    static ResponseGrader withJudgingThreshold(Trainer.Trained trained, double threshold) {
        Properties properties = new Properties();
        properties.putAll(trained.model().properties());
        properties.setProperty(GraderModel.JUDGING_THRESHOLD, Double.toString(threshold));
        return load(new GraderModel(trained.model().doccat(), properties));
    }

    /** Runs every comparison and returns the markdown tables; progress goes to {@code log}. */
    public static String all(Corpus corpus, HeldOut heldOut, Map<String, List<CorpusExample>> otherSets,
                             Consumer<String> log) {
        List<CorpusExample> training = corpus.heldOut(heldOut, false).examples();
        List<CorpusExample> test = corpus.heldOut(heldOut, true).examples();
        List<GroupedFolds.Fold> folds = GroupedFolds.of(training, FOLDS);
        TrainingSettings base = TrainingSettings.defaults();
        StringBuilder md = new StringBuilder();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            md.append(String.format(Locale.ROOT, "Training part: %d replies; %d folds grouped by situation and writer "
                    + "(test replies per fold: %s).%n%n", training.size(), FOLDS,
                    folds.stream().map(f -> Integer.toString(f.test().size())).toList()));

            List<Row> algorithms = new ArrayList<>();
            for (String algorithm : TrainingSettings.ALGORITHMS) {
                algorithms.add(crossValidate(Candidate.grader(algorithm, base.withAlgorithm(algorithm)), folds, pool, log));
            }
            md.append("### Cross-validation: learning algorithm (all feature families)\n\n").append(table(algorithms));

            List<Row> families = new ArrayList<>();
            families.add(crossValidate(Candidate.grader("shipped families", base), folds, pool, log));
            for (String family : base.families()) {
                List<String> rest = new ArrayList<>(base.families());
                rest.remove(family);
                families.add(crossValidate(Candidate.grader("without " + family, base.withFamilies(rest)), folds, pool, log));
            }
            for (String family : TrainingSettings.allFamilies()) {
                if (!base.families().contains(family)) {
                    List<String> more = new ArrayList<>(base.families());
                    more.add(family);
                    families.add(crossValidate(Candidate.grader("with " + family, base.withFamilies(more)), folds, pool, log));
                }
            }
            md.append("\n### Cross-validation: feature families, one left out or added at a time\n\n").append(table(families));

            List<Row> penalties = new ArrayList<>();
            for (double l2 : List.of(0.1, 0.3, 1.0, 3.0)) {
                penalties.add(crossValidate(Candidate.grader("L2 " + l2, base.withL2(l2)), folds, pool, log));
            }
            md.append("\n### Cross-validation: L2 penalty\n\n").append(table(penalties));

            md.append("\n### Cross-validation: feature cutoff (features seen fewer times are dropped)\n\n")
                    .append(table(cutoffSweep(base, folds, pool, log)));

            md.append("\n### Cross-validation: judging threshold of the roll-up\n\n")
                    .append(table(thresholdSweep(base, folds, pool, log)));

            List<Row> baselines = new ArrayList<>();
            for (double l2 : BASELINE_L2) {
                baselines.add(crossValidate(Candidate.baseline(l2), folds, pool, log));
            }
            md.append("\n### Cross-validation: the TF-IDF baseline's penalty\n\n").append(table(baselines));
            Row bestBaseline = baselines.stream()
                    .max((a, b) -> Double.compare(a.mean(e -> e.replies().macroF1()), b.mean(e -> e.replies().macroF1())))
                    .orElseThrow();
            double baselineL2 = BASELINE_L2.get(baselines.indexOf(bestBaseline));

            md.append("\n### Held out: the shipped settings beside the baseline\n\n");
            md.append(String.format(Locale.ROOT, "Both trained on the %d training replies. Held out: %d replies "
                    + "(situations %s; writers %s).%n%n", training.size(), test.size(), heldOut.situations(), heldOut.writers()));
            Candidate grader = Candidate.grader("Rapport grader (shipped settings)", base);
            Candidate baseline = Candidate.baseline(baselineL2);
            List<Row> headline = new ArrayList<>();
            List<ResponseGrader> trained = new ArrayList<>();
            for (Candidate c : List.of(baseline, grader)) {
                long start = System.nanoTime();
                ResponseGrader g = c.trainer().apply(training);
                long millis = (System.nanoTime() - start) / 1_000_000;
                trained.add(g);
                Evaluation e = Evaluation.run(g, test);
                log.accept(c.name() + " on held-out: " + summary(e));
                headline.add(new Row(c.name(), List.of(e), millis));
            }
            md.append("All held-out replies:\n\n").append(table(headline));
            for (HeldOut.Part part : List.of(HeldOut.Part.NEW_WRITER_AND_SITUATION, HeldOut.Part.NEW_WRITER,
                    HeldOut.Part.NEW_SITUATION)) {
                List<Row> rows = headline.stream().map(r -> new Row(r.name(),
                        List.of(r.folds().get(0).only(e -> heldOut.part(e) == part)), r.trainMillis())).toList();
                md.append("\n").append(capitalized(part.description())).append(String.format(Locale.ROOT, " (%d replies):%n%n",
                        rows.get(0).folds().get(0).total())).append(table(rows));
            }
            md.append("\nCalibration of the grader on the held-out replies:\n\n```\n")
                    .append(headline.get(1).folds().get(0).report()).append("```\n");

            HeldOut situationsOnly = heldOut.situationsOnly();
            List<CorpusExample> situationTraining = corpus.heldOut(situationsOnly, false).examples();
            List<CorpusExample> situationTest = corpus.heldOut(situationsOnly, true).examples();
            List<Row> bySituation = new ArrayList<>();
            for (Candidate c : List.of(baseline, grader)) {
                long start = System.nanoTime();
                ResponseGrader g = c.trainer().apply(situationTraining);
                long millis = (System.nanoTime() - start) / 1_000_000;
                bySituation.add(new Row(c.name(), List.of(Evaluation.run(g, situationTest)), millis));
            }
            md.append(String.format(Locale.ROOT, "%n### Held out: situations only (every writer trained on; %d test replies)%n%n",
                    situationTest.size())).append(table(bySituation));

            for (Map.Entry<String, List<CorpusExample>> set : otherSets.entrySet()) {
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    rows.add(new Row(headline.get(i).name(), List.of(Evaluation.run(trained.get(i), set.getValue())),
                            headline.get(i).trainMillis()));
                }
                md.append(String.format(Locale.ROOT, "%n### Other check set: %s (%d replies, never trained on)%n%n",
                        set.getKey(), set.getValue().size())).append(table(rows));
            }
        } finally {
            pool.shutdownNow();
        }
        return md.toString();
    }

    /** Trains on each fold's training replies and measures on its test replies, two folds at a time. */
    static Row crossValidate(Candidate candidate, List<GroupedFolds.Fold> folds, ExecutorService pool, Consumer<String> log) {
        List<Future<Evaluation>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (GroupedFolds.Fold fold : folds) {
            futures.add(pool.submit(() -> Evaluation.run(candidate.trainer().apply(fold.train()), fold.test())));
        }
        List<Evaluation> evaluations = futures.stream().map(Experiments::join).toList();
        long millis = (System.nanoTime() - start) / 1_000_000 / Math.max(1, folds.size());
        Row row = new Row(candidate.name(), evaluations, millis);
        log.accept(String.format(Locale.ROOT, "%-45s %s", candidate.name(), summary(row)));
        return row;
    }

    static final List<Integer> CUTOFFS = List.of(1, 2, 3, 5);

    /** A higher cutoff gives a smaller model that loads faster; this shows what it costs in figures. */
    static List<Row> cutoffSweep(TrainingSettings base, List<GroupedFolds.Fold> folds, ExecutorService pool,
                                 Consumer<String> log) {
        List<Row> rows = new ArrayList<>();
        for (int cutoff : CUTOFFS) {
            rows.add(crossValidate(Candidate.grader("cutoff " + cutoff, base.withCutoff(cutoff)), folds, pool, log));
        }
        return rows;
    }

    static List<Row> thresholdSweep(TrainingSettings base, List<GroupedFolds.Fold> folds, ExecutorService pool,
                                            Consumer<String> log) {
        List<Future<List<Evaluation>>> futures = new ArrayList<>();
        for (GroupedFolds.Fold fold : folds) {
            futures.add(pool.submit(() -> {
                Trainer.Trained trained = Trainer.train(fold.train(), base);
                List<Evaluation> byThreshold = new ArrayList<>();
                for (double t : THRESHOLDS) {
                    byThreshold.add(Evaluation.run(withJudgingThreshold(trained, t), fold.test()));
                }
                return byThreshold;
            }));
        }
        List<List<Evaluation>> perFold = futures.stream().map(Experiments::join).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < THRESHOLDS.size(); i++) {
            int t = i;
            Row row = new Row("judging threshold " + THRESHOLDS.get(i), perFold.stream().map(l -> l.get(t)).toList(), 0);
            log.accept(String.format(Locale.ROOT, "%-45s %s", row.name(), summary(row)));
            rows.add(row);
        }
        return rows;
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    static String summary(Evaluation e) {
        return summary(new Row("", List.of(e), 0));
    }

    static String summary(Row row) {
        return String.format(Locale.ROOT, "macro-F1 %.3f  judging recall %.3f  mixed-judging %.3f  ECE %.3f",
                row.mean(e -> e.replies().macroF1()), row.mean(Evaluation::singleMoveJudgingRecall),
                row.mean(Evaluation::mixedJudgingRecall), row.mean(Evaluation::expectedCalibrationError));
    }

    /** Mean over folds (± the spread between folds when there are several). */
    static String table(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| configuration | macro-F1 | single-move judging recall | mixed with judging → judging | judging F1 | validating F1 | reflective F1 | partnering F1 | kappa | ECE | errors flagged unsure | training |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            boolean folds = row.folds().size() > 1;
            md.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.1f%% | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f%% | %s |%n",
                    row.name(),
                    folds ? String.format(Locale.ROOT, "%.3f ± %.3f", row.mean(e -> e.replies().macroF1()), row.spread(e -> e.replies().macroF1()))
                            : String.format(Locale.ROOT, "%.3f", row.mean(e -> e.replies().macroF1())),
                    row.mean(Evaluation::singleMoveJudgingRecall), 100 * row.mean(Evaluation::mixedJudgingRecall),
                    row.mean(e -> e.replies().f1(Move.JUDGING)), row.mean(e -> e.replies().f1(Move.VALIDATING)),
                    row.mean(e -> e.replies().f1(Move.REFLECTIVE)), row.mean(e -> e.replies().f1(Move.PARTNERING)),
                    row.mean(e -> e.replies().kappa()), row.mean(Evaluation::expectedCalibrationError),
                    100 * row.mean(Evaluation::errorsFlaggedUnsure),
                    row.trainMillis() == 0 ? "" : String.format(Locale.ROOT, "%.1f s", row.trainMillis() / 1000.0)));
        }
        return md.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
