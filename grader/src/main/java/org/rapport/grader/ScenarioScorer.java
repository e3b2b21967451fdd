package org.rapport.grader;

/**
 * Scores a graded reply against what a scenario teaches.
 *
 * <p>Credit follows the share of the reply that makes each kind of move: full credit for the target move,
 * most for an acceptable one, a little for another respectful move. Judging caps the score low whatever
 * else the reply does, because one pushing sentence is what the client hears. An unsure verdict
 * softens nothing; it only adds a note, since the learner should know the grade is a guess.
 */
public final class ScenarioScorer {
    static final int JUDGING_CAP = 20;
    private static final double TARGET_CREDIT = 1.0;
    private static final double ACCEPTABLE_CREDIT = 0.75;
    private static final double OTHER_CREDIT = 0.35;

    private ScenarioScorer() {
    }

    public static ScenarioScore score(GradedResponse graded, ScenarioTarget target) {
        double credit = 0;
        for (Move m : Move.values()) {
            double share = graded.scores().get(m);
            if (m == Move.JUDGING) {
                continue;
            }
            credit += share * (m == target.target() ? TARGET_CREDIT
                    : target.acceptable().contains(m) ? ACCEPTABLE_CREDIT : OTHER_CREDIT);
        }
        // Rescale so a clean reply that is all target move reaches 100 even though the model's share
        // of it is never exactly 1.
        double nonJudging = 1 - graded.scores().get(Move.JUDGING);
        double normalized = nonJudging <= 0 ? 0 : credit / nonJudging;
        Move label = graded.label();
        ScoreOutcome outcome;
        int score;
        if (label == Move.JUDGING) {
            outcome = ScoreOutcome.JUDGING;
            score = (int) Math.round(Math.min(JUDGING_CAP, normalized * JUDGING_CAP));
        } else if (label == target.target()) {
            outcome = ScoreOutcome.TARGET;
            score = (int) Math.round(100 * Math.max(normalized, 0.8));
        } else if (target.acceptable().contains(label)) {
            outcome = ScoreOutcome.ACCEPTABLE;
            score = (int) Math.round(100 * Math.min(Math.max(normalized, 0.6), 0.85));
        } else {
            outcome = ScoreOutcome.OTHER_MOVE;
            score = (int) Math.round(100 * Math.min(Math.max(normalized, 0.3), 0.55));
        }
        return new ScenarioScore(Math.max(0, Math.min(100, score)), outcome, feedback(graded, target, outcome));
    }

    private static String feedback(GradedResponse graded, ScenarioTarget target, ScoreOutcome outcome) {
        String aim = describe(target.target());
        String text = switch (outcome) {
            case TARGET -> "You " + past(target.target()) + ", which is what this moment calls for.";
            case ACCEPTABLE -> "You " + past(graded.label()) + ", which works here; the lesson's aim is to "
                    + aim + ".";
            case OTHER_MOVE -> "Your reply " + past(graded.label()) + " and stayed respectful, but this moment calls for you to "
                    + aim + ".";
            case JUDGING -> "Part of your reply pushes against the person" + judgingCue(graded)
                    + ". Even a kind correction or piece of advice tells them they are wrong; try to " + aim
                    + " first.";
        };
        return graded.unsure() ? text + " (The grader is unsure about this reply: read it as a guess.)" : text;
    }

    private static String judgingCue(GradedResponse graded) {
        for (GradedSentence s : graded.sentences()) {
            if (s.label() == Move.JUDGING && !s.cues().isEmpty()) {
                return " (\"" + s.cues().get(0).text() + "\")";
            }
        }
        return "";
    }

    private static String past(Move move) {
        return switch (move) {
            case JUDGING -> "took a position against the person";
            case VALIDATING -> "validated the person's feelings and reasons";
            case REFLECTIVE -> "reflected back what the person said";
            case PARTNERING -> "invited the person to work together";
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
