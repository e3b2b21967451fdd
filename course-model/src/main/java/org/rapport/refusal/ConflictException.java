package org.rapport.refusal;

/** The request clashes with what is already so: a full cohort, a candidate model worse than the one in use. */
public class ConflictException extends RuntimeException implements Refusal {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
