package org.rapport.grader.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.GradedSentence;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;

/**
 * The baseline the grader has to beat: the usual text classifier anyone would try first. Whole replies, as
 * TF-IDF vectors of word unigrams and bigrams and of character 2- to 5-grams inside words (each block
 * sublinear in term frequency, smoothed IDF, terms seen in fewer than two replies dropped, then scaled to unit
 * length), classified by a multinomial logistic regression with an L2 penalty (OpenNLP's L-BFGS maxent on
 * real-valued features). No language pipeline, no sentences, no roll-up: one label per reply.
 */
public final class TfIdfBaseline implements ResponseGrader {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final int MIN_DOCUMENT_FREQUENCY = 2;

    private final Map<String, Double> idf;
    private final MaxentModel model;
    private final Move[] moveOfOutcome;
    private final double l2;

    private TfIdfBaseline(Map<String, Double> idf, MaxentModel model, double l2) {
        this.idf = idf;
        this.model = model;
        this.l2 = l2;
        this.moveOfOutcome = new Move[model.getNumOutcomes()];
        for (int o = 0; o < moveOfOutcome.length; o++) {
            moveOfOutcome[o] = Move.fromLabel(model.getOutcome(o));
        }
    }

    /** Fits the vocabulary and the regression on labelled replies. */
    public static TfIdfBaseline train(List<CorpusExample> examples, double l2) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>(examples.size());
        for (CorpusExample e : examples) {
            Map<String, Integer> terms = terms(e.response());
            counts.add(terms);
            terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        int n = examples.size();
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((term, df) -> {
            if (df >= MIN_DOCUMENT_FREQUENCY) {
                idf.put(term, Math.log((1.0 + n) / (1.0 + df)) + 1);
            }
        });
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Vector v = vector(counts.get(i), idf);
            events.add(new Event(examples.get(i).label().label(), v.names(), v.values()));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("L1Cost", 0.0);
        params.put("L2Cost", l2);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new TfIdfBaseline(idf, trainer.train(ObjectStreamUtils.createObjectStream(events)), l2);
        } catch (IOException e) {
            throw new UncheckedIOException("training the baseline failed", e);
        }
    }

    @Override
    public GradedResponse grade(String response, String prompt) {
        Vector v = vector(terms(response), idf);
        double[] p = model.eval(v.names(), v.values());
        Map<Move, Double> scores = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            scores.put(m, 0.0);
        }
        int best = 0;
        for (int o = 0; o < p.length; o++) {
            scores.put(moveOfOutcome[o], p[o]);
            if (p[o] > p[best]) {
                best = o;
            }
        }
        Move label = moveOfOutcome[best];
        GradedSentence whole = new GradedSentence(response, 0, response.length(), label, p[best], scores, List.of());
        return new GradedResponse(label, p[best], p[best] < 0.5, scores, List.of(whole), modelVersion());
    }

    @Override
    public String modelVersion() {
        return String.format(Locale.ROOT, "tfidf-logreg-l2-%s", l2);
    }

    /** Word 1-2-grams and character 2-5-grams within space-padded words, with their counts. */
    static Map<String, Integer> terms(String text) {
        Map<String, Integer> terms = new HashMap<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            terms.merge("w=" + w, 1, Integer::sum);
            if (i + 1 < words.size()) {
                terms.merge("w=" + w + ' ' + words.get(i + 1), 1, Integer::sum);
            }
            String padded = ' ' + w + ' ';
            for (int len = 2; len <= 5; len++) {
                for (int k = 0; k + len <= padded.length(); k++) {
                    terms.merge("c=" + padded.substring(k, k + len), 1, Integer::sum);
                }
            }
        }
        return terms;
    }

    private record Vector(String[] names, float[] values) {
    }

    /** Sublinear TF times IDF, each block (words, characters) scaled to unit length. */
    private static Vector vector(Map<String, Integer> counts, Map<String, Double> idf) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double wordNorm = 0;
        double charNorm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Double weight = idf.get(e.getKey());
            if (weight == null) {
                continue;
            }
            double v = (1 + Math.log(e.getValue())) * weight;
            names.add(e.getKey());
            values.add(v);
            if (e.getKey().startsWith("w=")) {
                wordNorm += v * v;
            } else {
                charNorm += v * v;
            }
        }
        wordNorm = Math.sqrt(wordNorm);
        charNorm = Math.sqrt(charNorm);
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            double norm = names.get(i).startsWith("w=") ? wordNorm : charNorm;
            out[i] = (float) (norm == 0 ? 0 : values.get(i) / norm);
        }
        return new Vector(names.toArray(String[]::new), out);
    }
}
