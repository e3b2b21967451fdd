package org.rapport.gradermodel;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rapport.grader.training.CandidateTraining.Figures;

/**
 * A grader model the application knows besides the one it ships: a candidate an admin trained, the model in
 * use, or one retired by a promotion (kept, with its file, so it can be restored). Promotion guards the rule
 * that a candidate worse on any held-out figure never replaces the model in use.
 */
@Entity
@Table(name = "grader_model")
public class GraderModelVersion {
    /** Where a model stands. SUPERSEDED: a candidate a newer candidate replaced before it was promoted. */
    public enum Status { ACTIVE, CANDIDATE, RETIRED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String version;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String fileName;
    private String correctionsFile;
    private int corrections;
    private String comparedWith;
    private Integer heldOutReplies;
    private Integer heldOutCorrections;
    private Double macroF1;
    private Double judgingRecall;
    private Double mixedJudging;
    private Double correctionsAgreement;
    private Double comparedMacroF1;
    private Double comparedJudgingRecall;
    private Double comparedMixedJudging;
    private Double comparedCorrectionsAgreement;
    private Instant createdAt;
    private Instant activatedAt;

    protected GraderModelVersion() {
    }

    static GraderModelVersion candidate(String version, String fileName, String correctionsFile, int corrections,
                                        String comparedWith, Figures figures, Figures compared, Instant now) {
        GraderModelVersion m = new GraderModelVersion();
        m.version = version;
        m.status = Status.CANDIDATE;
        m.fileName = fileName;
        m.correctionsFile = correctionsFile;
        m.corrections = corrections;
        m.comparedWith = comparedWith;
        m.heldOutReplies = figures.heldOutReplies();
        m.heldOutCorrections = figures.heldOutCorrections();
        m.macroF1 = figures.macroF1();
        m.judgingRecall = figures.judgingRecall();
        m.mixedJudging = figures.mixedJudging();
        m.correctionsAgreement = figures.correctionsAgreement();
        m.comparedMacroF1 = compared.macroF1();
        m.comparedJudgingRecall = compared.judgingRecall();
        m.comparedMixedJudging = compared.mixedJudging();
        m.comparedCorrectionsAgreement = compared.correctionsAgreement();
        m.createdAt = now;
        return m;
    }

    /** The model shipped in the application, recorded when a promotion retires it. */
    static GraderModelVersion shipped(String version, Instant now) {
        GraderModelVersion m = new GraderModelVersion();
        m.version = version;
        m.status = Status.ACTIVE;
        m.createdAt = now;
        m.activatedAt = now;
        return m;
    }

    /**
     * Puts this candidate in use.
     *
     * @throws PromotionRefusedException when it is not a candidate, or it measured lower than the model in use
     *                                   on any held-out figure
     */
    void promote(Instant now) {
        if (status != Status.CANDIDATE) {
            throw new PromotionRefusedException("Model " + version + " is not a candidate (it is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        List<String> worse = figures().worseThan(comparedFigures());
        if (!worse.isEmpty()) {
            throw new PromotionRefusedException("Model " + version + " measured lower than the model in use on "
                    + String.join(", ", worse) + ", so it cannot replace it.");
        }
        status = Status.ACTIVE;
        activatedAt = now;
    }

    /** Back in use: the model a promotion retired, restored by an admin. */
    void restore(Instant now) {
        if (status != Status.RETIRED) {
            throw new PromotionRefusedException("Only a retired model can be restored; " + version + " is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        status = Status.ACTIVE;
        activatedAt = now;
    }

    void retire() {
        status = Status.RETIRED;
    }

    void supersede() {
        status = Status.SUPERSEDED;
    }

    public Figures figures() {
        return new Figures(macroF1, judgingRecall, mixedJudging, correctionsAgreement, heldOutReplies,
                heldOutCorrections);
    }

    public Figures comparedFigures() {
        return new Figures(comparedMacroF1, comparedJudgingRecall, comparedMixedJudging, comparedCorrectionsAgreement,
                heldOutReplies, heldOutCorrections);
    }

    /** Whether this is the model built into the application (it has no file of its own). */
    public boolean builtIn() {
        return fileName == null;
    }

    public Long getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public Status getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getCorrectionsFile() {
        return correctionsFile;
    }

    public int getCorrections() {
        return corrections;
    }

    public String getComparedWith() {
        return comparedWith;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
