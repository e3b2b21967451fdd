package org.rapport.cohort;

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

/** A learner's place in a cohort. Created only by {@link Cohort#admit}, which enforces the limit. */
@Entity
public class Enrollment {
    /** Whether the place is taken. */
    public enum Status { ACTIVE, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cohort cohort;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount learner;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant enrolledAt;

    protected Enrollment() {
    }

    Enrollment(Cohort cohort, UserAccount learner, Instant now) {
        this.cohort = cohort;
        this.learner = learner;
        this.status = Status.ACTIVE;
        this.enrolledAt = now;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public UserAccount getLearner() {
        return learner;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
