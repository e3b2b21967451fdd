package org.rapport.review;

import org.rapport.refusal.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.rapport.account.UserAccount;
import org.rapport.grader.Move;
import org.rapport.grader.ScenarioTarget;
import org.rapport.practice.Attempt;

/**
 * A supervisor's verdict on a graded attempt: the move of the reply and of each sentence as they read it. The
 * grader's original grade stays on the attempt, which is what lets us measure how far supervisors agree with the
 * grader; an override puts the reviewed grade beside it ({@link Attempt#applyReview}). The latest review of an
 * attempt is the one that counts.
 */
@Entity
public class SupervisorReview {
    static final int MAX_COMMENT = 2000;

    /** Whether the supervisor kept the grader's label. */
    public enum Verdict { ACCEPTED, OVERRIDDEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Attempt attempt;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount reviewer;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    @Enumerated(EnumType.STRING)
    private Move label;
    private String comment;
    private Instant reviewedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "supervisor_review_sentence", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "label")
    @Enumerated(EnumType.STRING)
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Move> sentenceLabels = new ArrayList<>();

    protected SupervisorReview() {
    }

    /** Keeps the grader's move for the reply and every sentence: the attempt shows the grader's grade again. */
    static SupervisorReview accept(Attempt attempt, UserAccount reviewer, String comment, Instant now) {
        attempt.clearReview();
        return new SupervisorReview(attempt, reviewer, attempt.getLabel(), attempt.graderSentenceLabels(), comment, now);
    }

    /**
     * Gives each sentence the move the supervisor read in it; the reply's move and score follow by the rubric's
     * roll-up and the scenario's scoring, and the attempt shows them from now on. Giving every sentence the
     * grader's move is an acceptance, and is recorded as one.
     *
     * @param target what the scenario teaches, or null when the content no longer has it
     */
    static SupervisorReview override(Attempt attempt, UserAccount reviewer, List<Move> sentenceLabels,
                                     ScenarioTarget target, String comment, Instant now) {
        if (sentenceLabels == null || sentenceLabels.size() != attempt.getSentences().size()
                || sentenceLabels.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("Choose a move for each of the reply's "
                    + attempt.getSentences().size() + " sentences.");
        }
        if (sentenceLabels.equals(attempt.graderSentenceLabels())) {
            return accept(attempt, reviewer, comment, now);
        }
        attempt.applyReview(sentenceLabels, target);
        return new SupervisorReview(attempt, reviewer, attempt.effectiveLabel(), sentenceLabels, comment, now);
    }

    private SupervisorReview(Attempt attempt, UserAccount reviewer, Move label, List<Move> sentenceLabels,
                             String comment, Instant now) {
        String clean = comment == null ? null : comment.strip();
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw new InvalidInputException("A comment has at most " + MAX_COMMENT + " characters.");
        }
        this.attempt = attempt;
        this.reviewer = reviewer;
        this.label = label;
        this.sentenceLabels = new ArrayList<>(sentenceLabels);
        this.verdict = sentenceLabels.equals(attempt.graderSentenceLabels()) ? Verdict.ACCEPTED : Verdict.OVERRIDDEN;
        this.comment = clean == null || clean.isEmpty() ? null : clean;
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public UserAccount getReviewer() {
        return reviewer;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Move getLabel() {
        return label;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    /** The move the supervisor gave each sentence, in reading order (empty for reviews made before they could). */
    public List<Move> getSentenceLabels() {
        return List.copyOf(sentenceLabels);
    }
}
