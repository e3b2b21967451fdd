package org.rapport.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.rapport.account.UserAccount;
import org.rapport.grader.Move;
import org.rapport.practice.Attempt;

/**
 * A supervisor's verdict on a graded attempt. It sits beside the attempt and never changes it: the grader's
 * original label stays, which is what lets us measure how far supervisors agree with the grader. The latest
 * review of an attempt is the one that counts.
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

    protected SupervisorReview() {
    }

    static SupervisorReview accept(Attempt attempt, UserAccount reviewer, String comment, Instant now) {
        return new SupervisorReview(attempt, reviewer, attempt.getLabel(), comment, now);
    }

    /** Overriding with the grader's own label is an acceptance, and is recorded as one. */
    static SupervisorReview override(Attempt attempt, UserAccount reviewer, Move label, String comment, Instant now) {
        if (label == null) {
            throw new IllegalArgumentException("Choose the move you would give this reply.");
        }
        return new SupervisorReview(attempt, reviewer, label, comment, now);
    }

    private SupervisorReview(Attempt attempt, UserAccount reviewer, Move label, String comment, Instant now) {
        String clean = comment == null ? null : comment.strip();
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT + " characters.");
        }
        this.attempt = attempt;
        this.reviewer = reviewer;
        this.label = label;
        this.verdict = label == attempt.getLabel() ? Verdict.ACCEPTED : Verdict.OVERRIDDEN;
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
}
