package org.rapport.gradermodel;

import java.time.Instant;
import java.util.List;

import org.rapport.grader.training.CandidateTraining.Figures;

/**
 * The grader models as an admin sees them.
 *
 * @param inUse         the version grading replies now
 * @param shippedInUse  whether that is the model built into the application
 * @param training      the latest candidate training since start-up, or null
 * @param candidate     the candidate waiting for a decision, or null
 * @param history       every model kept, newest first
 * @param corpusProblem why a candidate cannot be trained here, or null
 * @param loadProblem   why the model marked in use is not the one grading, or null
 * @param restorable    the version "restore the previous model" would put back, or null
 */
public record ModelsStatus(String inUse, boolean shippedInUse, Training training, ModelRow candidate,
                           List<ModelRow> history, String corpusProblem, String loadProblem, String restorable) {

    /** One kept model, with its figures beside those of the model it was measured against. */
    public record ModelRow(String version, String status, int corrections, String comparedWith,
                           HeldOutFigures figures, HeldOutFigures comparedFigures, List<String> worseOn,
                           Instant createdAt, Instant activatedAt) {
        static ModelRow of(GraderModelVersion m) {
            boolean measured = m.getComparedWith() != null;
            return new ModelRow(m.getVersion(), m.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                    m.getCorrections(), m.getComparedWith(), measured ? HeldOutFigures.of(m.figures()) : null,
                    measured ? HeldOutFigures.of(m.comparedFigures()) : null,
                    measured ? m.figures().worseThan(m.comparedFigures()) : List.of(), m.getCreatedAt(),
                    m.getActivatedAt());
        }
    }

    /**
     * A model's recipe measured on replies it did not train on.
     *
     * @param correctionsAgreement share of held-out corrections given the supervisor's move; null when none
     */
    public record HeldOutFigures(double macroF1, double judgingRecall, double mixedJudging, Double correctionsAgreement,
                                 int heldOutReplies, int heldOutCorrections) {
        static HeldOutFigures of(Figures f) {
            return new HeldOutFigures(f.macroF1(), f.judgingRecall(), f.mixedJudging(), f.correctionsAgreement(),
                    f.heldOutReplies(), f.heldOutCorrections());
        }
    }
}
