package org.rapport.cohort;

import org.rapport.refusal.ConflictException;

/** Joining a cohort was refused; the message says why in words a learner understands. */
public class EnrollmentRefusedException extends ConflictException {
    /** Why an enrollment was refused. */
    public enum Reason {
        UNKNOWN_CODE("No cohort has that invite code. Check it with your supervisor."),
        FULL("This cohort is full. Ask your supervisor about a place."),
        CLOSED("This cohort has ended and no longer takes new learners."),
        ALREADY_ENROLLED("You are already in this cohort."),
        NOT_A_LEARNER("Only learner accounts can join a cohort.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public EnrollmentRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
