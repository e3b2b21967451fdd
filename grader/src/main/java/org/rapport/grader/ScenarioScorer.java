package org.rapport.grader;

import java.util.List;
import java.util.Optional;

/**
 * Scores a graded reply against what a scenario teaches, from the move of each sentence, so the score, the
 * feedback and the per-sentence labels a learner sees always tell the same story.
 *
 * <ul>
 *   <li>Judging anywhere caps the score at {@value #JUDGING_CAP}: one pushing sentence is what the client
 *   hears, whatever else the reply does. Within the cap, the more of the reply that pushes, the lower.</li>
 *   <li>Otherwise the target move counts <em>wherever</em> it appears: a reply with a sentence that makes it
 *   scores 80 to 95 by how much of the reply makes it, and 100 when it also follows the order the course
 *   teaches: listening or validating first, then partnering.</li>
 *   <li>No target sentence but an acceptable one: 60 to 80. Only other respectful moves: 30 to 50.</li>
 * </ul>
 * An unsure verdict changes no number; the feedback says the grade is a guess.
 */
public final class ScenarioScorer {
    static final int JUDGING_CAP = 20;
    /** Quoted sentences are cut to this many characters in the feedback. */
    private static final int QUOTE_CHARS = 90;

    private ScenarioScorer() {
    }

    public static ScenarioScore score(GradedResponse graded, ScenarioTarget target) {
        List<GradedSentence> sentences = graded.sentences();
        Move aim = target.target();
        String text;
        ScoreOutcome outcome;
        int score;
        Optional<GradedSentence> judging = first(sentences, Move.JUDGING);
        Optional<GradedSentence> hit = first(sentences, aim);
        if (graded.label() == Move.JUDGING) {
            outcome = ScoreOutcome.JUDGING;
            score = (int) Math.round(JUDGING_CAP * (1 - wordShare(sentences, Move.JUDGING)));
            text = judgingFeedback(judging, hit, aim);
        } else if (hit.isPresent()) {
            outcome = ScoreOutcome.TARGET;
            boolean taught = taughtSequence(sentences);
            score = taught ? 100 : 80 + (int) Math.round(15 * wordShare(sentences, aim));
            text = (sentences.size() == 1 ? "You " + did(aim) : "Your sentence " + quote(hit.get()) + " " + does(aim))
                    + ", which is what this moment calls for."
                    + (taught ? " You listened before you invited them to decide, the order the course teaches." : "");
        } else {
            Optional<GradedSentence> acceptable = sentences.stream()
                    .filter(s -> target.acceptable().contains(s.label())).findFirst();
            if (acceptable.isPresent()) {
                outcome = ScoreOutcome.ACCEPTABLE;
                score = 60 + (int) Math.round(20 * wordShare(sentences, acceptable.get().label()));
                text = "You " + did(acceptable.get().label()) + ", which works here. The lesson's aim is to "
                        + describe(aim) + ": add a sentence that does.";
            } else {
                outcome = ScoreOutcome.OTHER_MOVE;
                score = 30 + (int) Math.round(20 * (1 - wordShare(sentences, Move.JUDGING)));
                text = "Your reply " + did(graded.label()) + " and stayed respectful, but this moment calls for you to "
                        + describe(aim) + ", and no sentence does that yet.";
            }
        }
        if (graded.unsure()) {
            text += " (The grader is unsure about this reply: read it as a guess.)";
        }
        return new ScenarioScore(Math.max(0, Math.min(100, score)), outcome, text);
    }

    private static String judgingFeedback(Optional<GradedSentence> judging, Optional<GradedSentence> hit, Move aim) {
        StringBuilder text = new StringBuilder();
        if (judging.isPresent()) {
            GradedSentence s = judging.get();
            text.append("Your sentence ").append(quote(s)).append(" pushes against the person");
            if (!s.cues().isEmpty()) {
                text.append(" (\"").append(s.cues().get(0).text()).append("\")");
            }
            text.append(". One judging sentence makes the whole reply judging, even beside kind ones.");
        } else {
            text.append("Part of your reply pushes against the person, and one judging sentence makes the whole reply judging.");
        }
        if (hit.isPresent()) {
            text.append(" Your sentence ").append(quote(hit.get())).append(" ").append(does(aim))
                    .append(": keep it and drop the push.");
        } else {
            text.append(" Even a kind correction or piece of advice tells them they are wrong; try to ")
                    .append(describe(aim)).append(" first.");
        }
        return text.toString();
    }

    /** A listening or validating sentence followed, later in the reply, by a partnering one. */
    static boolean taughtSequence(List<GradedSentence> sentences) {
        boolean listened = false;
        for (GradedSentence s : sentences) {
            if (s.label() == Move.REFLECTIVE || s.label() == Move.VALIDATING) {
                listened = true;
            } else if (s.label() == Move.PARTNERING && listened) {
                return true;
            }
        }
        return false;
    }

    /** Share of the reply's words that are in sentences making this move. */
    static double wordShare(List<GradedSentence> sentences, Move move) {
        int all = 0;
        int matching = 0;
        for (GradedSentence s : sentences) {
            int words = RollUp.words(s.text());
            all += words;
            if (s.label() == move) {
                matching += words;
            }
        }
        return all == 0 ? 0 : (double) matching / all;
    }

    private static Optional<GradedSentence> first(List<GradedSentence> sentences, Move move) {
        return sentences.stream().filter(s -> s.label() == move).findFirst();
    }

    private static String quote(GradedSentence s) {
        String text = s.text().strip();
        return "\"" + (text.length() <= QUOTE_CHARS ? text : text.substring(0, QUOTE_CHARS - 1).strip() + "…") + "\"";
    }

    private static String did(Move move) {
        return switch (move) {
            case JUDGING -> "took a position against the person";
            case VALIDATING -> "validated the person's feelings and reasons";
            case REFLECTIVE -> "reflected back what the person said";
            case PARTNERING -> "invited the person to work together";
        };
    }

    private static String does(Move move) {
        return switch (move) {
            case JUDGING -> "takes a position against the person";
            case VALIDATING -> "says their feelings and reasons make sense";
            case REFLECTIVE -> "reflects back what they said";
            case PARTNERING -> "invites them to decide the next step with you";
        };
    }

    private static String describe(Move move) {
        return switch (move) {
            case JUDGING -> "judge";
            case VALIDATING -> "say their feelings and reasons make sense";
            case REFLECTIVE -> "reflect back what they said or ask about their experience";
            case PARTNERING -> "invite them to decide the next step with you";
        };
    }
}
