package org.rapport.practice;

import java.util.Locale;

import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.ScenarioPlace;
import org.rapport.grader.GradeReport;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.ScenarioScore;
import org.rapport.grader.ScenarioScorer;
import org.rapport.refusal.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Grading a reply on its own, for free practice and the grading API: pure computation, nothing is stored and no
 * account is needed. Stored attempts at a scenario are {@link PracticeService}'s.
 */
@Service
public class GradingService {
    private final ResponseGrader grader;
    private final CourseCatalogue catalogue;

    GradingService(ResponseGrader grader, CourseCatalogue catalogue) {
        this.grader = grader;
        this.catalogue = catalogue;
    }

    /**
     * Grades a free practice reply.
     *
     * @param prompt what the client said, or null
     * @throws org.rapport.grader.ReplyRejectedException with a message for the learner when the reply is empty,
     *         too long or not text
     */
    public ReplyFeedback gradeReply(String reply, String prompt) {
        return ReplyFeedback.of(grader.grade(reply, prompt));
    }

    /**
     * A grade in the wire format integrations use (the grader CLI's {@code classify} fields), with the score
     * against a scenario when one is named.
     *
     * @param prompt     what the client said; defaults to the scenario's client line when a scenario is named
     * @param scenarioId a scenario to score against, or null
     * @throws NotFoundException for an unknown scenario
     * @throws org.rapport.grader.ReplyRejectedException for an empty, oversize or non-text reply
     */
    public ScenarioGrade grade(String response, String prompt, String scenarioId) {
        ScenarioPlace place = scenarioId == null ? null : catalogue.scenario(scenarioId)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + scenarioId + "'."));
        String context = prompt != null ? prompt : place == null ? null : place.scenario().client();
        GradedResponse graded = grader.grade(response, context);
        if (place == null) {
            return new ScenarioGrade(GradeReport.of(graded), null);
        }
        ScenarioScore score = ScenarioScorer.score(graded, place.scenario().target());
        return new ScenarioGrade(GradeReport.of(graded), new ScenarioResult(scenarioId,
                place.scenario().target().target().label(), score.score(),
                score.outcome().name().toLowerCase(Locale.ROOT), score.feedback()));
    }

    /** The longest reply the grader accepts, for input limits. */
    public int maxReplyLength() {
        return ResponseGrader.MAX_REPLY_CHARS;
    }

    /** The version of the model grading replies now. */
    public String modelVersion() {
        return grader.modelVersion();
    }

    /** A grade, and how it scores against the scenario named (null when none was). */
    public record ScenarioGrade(GradeReport report, ScenarioResult scenario) {
    }

    /**
     * @param target  the move the scenario calls for
     * @param score   0–100
     * @param outcome how the reply met the target, in lower case ({@link org.rapport.grader.ScoreOutcome})
     */
    public record ScenarioResult(String scenarioId, String target, int score, String outcome, String feedback) {
    }
}
