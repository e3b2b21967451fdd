package org.rapport.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rapport.grader.Cue;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.GradedSentence;
import org.rapport.grader.Move;
import org.rapport.grader.RollUpRule;

/**
 * What a learner is shown after grading a reply: the move, the per-move shares, and each sentence with
 * the words that drove it. Built from the grader's result so the UI never sees grader types.
 *
 * @param move         the move of the whole reply
 * @param rollUp       the rule that made the sentences' moves into that label, in one plain line
 * @param confidence   0..1
 * @param unsure       the grader's confidence is below its bar
 * @param shares       each move's share of the reply, in rubric order
 * @param sentences    sentences in reading order
 * @param modelVersion the grader model that made this grade
 */
public record ReplyFeedback(Move move, String rollUp, double confidence, boolean unsure, Map<Move, Double> shares,
                            List<SentenceFeedback> sentences, String modelVersion) {

    /** One sentence: its move and which parts of it are cues (offsets within the sentence). */
    public record SentenceFeedback(String text, Move move, double confidence, List<Highlight> cues) {
    }

    /** A cue inside a sentence, as offsets into {@link SentenceFeedback#text()}. */
    public record Highlight(int start, int end) {
    }

    static ReplyFeedback of(GradedResponse graded) {
        List<SentenceFeedback> sentences = new ArrayList<>();
        for (GradedSentence s : graded.sentences()) {
            List<Highlight> cues = new ArrayList<>();
            for (Cue c : s.cues()) {
                cues.add(new Highlight(c.start() - s.start(), c.end() - s.start()));
            }
            sentences.add(new SentenceFeedback(s.text(), s.label(), s.confidence(), cues));
        }
        return new ReplyFeedback(graded.label(),
                RollUpRule.explain(graded.label(), graded.sentences().stream().map(GradedSentence::label).toList()),
                graded.confidence(), graded.unsure(), labelled(graded.scores()), sentences, graded.modelVersion());
    }

    /**
     * The same view of a stored attempt, rebuilt from its reply text and sentence offsets: the grade everyone
     * sees, which is the supervisor's once a review overrode the grader's (a person decided, so it is sure).
     */
    static ReplyFeedback of(Attempt attempt) {
        String reply = attempt.getReplyText();
        List<SentenceFeedback> sentences = new ArrayList<>();
        for (AttemptSentence s : attempt.getSentences()) {
            List<Highlight> cues = new ArrayList<>();
            for (int[] span : s.cueSpans()) {
                cues.add(new Highlight(span[0] - s.startOffset(), span[1] - s.startOffset()));
            }
            sentences.add(new SentenceFeedback(reply.substring(s.startOffset(), s.endOffset()), s.move(),
                    s.move() == s.label() ? s.confidence() : 1.0, cues));
        }
        boolean reviewed = attempt.isReviewed();
        return new ReplyFeedback(attempt.effectiveLabel(),
                RollUpRule.explain(attempt.effectiveLabel(),
                        attempt.getSentences().stream().map(AttemptSentence::move).toList()),
                reviewed ? 1.0 : attempt.getConfidence(), !reviewed && attempt.isUnsure(),
                labelled(attempt.effectiveShares()), sentences, attempt.getModelVersion());
    }

    /** Every move in rubric order, so a screen lists all four even where one has no share. */
    private static Map<Move, Double> labelled(Map<Move, Double> scores) {
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            shares.put(m, scores.get(m));
        }
        return shares;
    }
}
