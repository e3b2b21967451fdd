package org.rapport.grader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.rapport.grader.features.RapportFeature.SpannedFeature;
import org.rapport.grader.text.AnalyzedSentence;

/**
 * Finds the words that drove a sentence's label from the model's own weights: each feature's weight for
 * the chosen move, minus its mean weight over the four moves, is shared among the tokens it came from.
 *
 * <p>A cue made only of general words ("you", "the", "good", "just") tells a learner nothing and often
 * misleads ("good" in "you're in good company" is not what pushes). Such a cue is shown only when the model
 * really rests on it: when it is the sentence's strongest cue and carries at least half of all that pushed
 * the sentence toward its move.
 */
final class Explainer {
    private static final int MAX_CUES = 3;
    private static final double KEEP_FRACTION = 0.25;
    private static final double GENERAL_ONLY_SHARE = 0.5;
    /** Function words and words too general to explain a move on their own. */
    static final Set<String> GENERAL = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "i", "me", "my", "you", "your",
            "you're", "yours", "we", "us", "our", "they", "them", "their", "he", "him", "his", "she", "her",
            "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m", "'ve", "'d", "'ll", "n't",
            "do", "does", "did", "have", "has", "had", "to", "of", "in", "on", "at", "for", "with", "about", "from",
            "by", "as", "and", "or", "so", "if", "then", "than", "there", "here", "now", "what", "which", "who",
            "good", "great", "fine", "nice", "okay", "ok", "well", "really", "very", "just", "quite", "pretty",
            "right", "yeah", "yes", "oh", "um", "uh", "like", "thing", "things", "something", "anything", "lot",
            "bit", "kind", "sort", "get", "got", "make", "go", "going", "know", "think", "mean", "still", "even",
            "also", "too", "all", "some", "any", "one", "way", "can", "will", "would", "could", "u", "ur");

    /** The model's own parameters: feature name to its weights for the outcomes that have one. */
    private final Map<String, Context> parameters;
    /** Move (ordinal) of each model outcome index. */
    private final int[] moveOf;

    private Explainer(Map<String, Context> parameters, int[] moveOf) {
        this.parameters = parameters;
        this.moveOf = moveOf;
    }

    @SuppressWarnings("unchecked")
    static Explainer of(MaxentModel model) {
        if (!(model instanceof AbstractModel abstractModel)) {
            return new Explainer(Map.of(), new int[0]);
        }
        Object[] data = abstractModel.getDataStructures();
        String[] outcomes = (String[]) data[2];
        int[] moveOf = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            moveOf[o] = Move.fromLabel(outcomes[o]).ordinal();
        }
        return new Explainer((Map<String, Context>) data[1], moveOf);
    }

    /** How far a feature pushes toward a move: its weight there minus its mean weight over the four. */
    private double push(String feature, int move) {
        Context context = parameters.get(feature);
        if (context == null) {
            return 0;
        }
        int[] outcomes = context.getOutcomes();
        double[] weights = context.getParameters();
        double sum = 0;
        double toMove = 0;
        for (int k = 0; k < outcomes.length; k++) {
            sum += weights[k];
            if (moveOf[outcomes[k]] == move) {
                toMove = weights[k];
            }
        }
        return toMove - sum / Move.values().length;
    }

    List<Cue> cues(String reply, AnalyzedSentence sentence, List<SpannedFeature> features, Move label) {
        if (parameters.isEmpty()) {
            return List.of();
        }
        double[] tokenScore = new double[sentence.size()];
        int m = label.ordinal();
        for (SpannedFeature f : features) {
            if (f.first() < 0) {
                continue;
            }
            double push = push(f.name(), m);
            int span = f.last() - f.first() + 1;
            for (int t = f.first(); t <= f.last(); t++) {
                tokenScore[t] += push / span;
            }
        }
        double max = 0;
        for (double s : tokenScore) {
            max = Math.max(max, s);
        }
        if (max <= 0) {
            return List.of();
        }
        double keep = max * KEEP_FRACTION;
        List<double[]> runs = new ArrayList<>(); // {firstToken, lastToken, score}
        int t = 0;
        while (t < tokenScore.length) {
            if (tokenScore[t] >= keep) {
                int start = t;
                double score = 0;
                while (t < tokenScore.length && (tokenScore[t] >= keep || sameWrittenToken(sentence, t, start))) {
                    score += tokenScore[t];
                    t++;
                }
                runs.add(new double[] {start, t - 1, score});
            } else {
                t++;
            }
        }
        runs.sort(Comparator.comparingDouble((double[] r) -> r[2]).reversed());
        double top = runs.get(0)[2];
        double pushed = 0;
        for (double score : tokenScore) {
            pushed += Math.max(0, score);
        }
        List<Cue> cues = new ArrayList<>();
        for (double[] run : runs) {
            if (cues.size() == MAX_CUES) {
                break;
            }
            boolean carriesTheSentence = run == runs.get(0) && run[2] >= GENERAL_ONLY_SHARE * pushed;
            if (!carriesTheSentence && onlyGeneralWords(sentence, (int) run[0], (int) run[1])) {
                continue;
            }
            int from = sentence.tokenStarts()[(int) run[0]];
            int to = sentence.tokenEnds()[(int) run[1]];
            if (to <= from) {
                continue;
            }
            cues.add(new Cue(reply.substring(from, to), from, to, Math.min(1.0, run[2] / top)));
        }
        return cues;
    }

    private static boolean onlyGeneralWords(AnalyzedSentence s, int first, int last) {
        for (int t = first; t <= last; t++) {
            String word = s.lower(t);
            if (!GENERAL.contains(word) && !GENERAL.contains(s.lemmas()[t]) && word.chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens expanded from one written token ("idk") are highlighted together. */
    private static boolean sameWrittenToken(AnalyzedSentence s, int t, int runStart) {
        return t > runStart && s.tokenStarts()[t] == s.tokenStarts()[t - 1];
    }
}
