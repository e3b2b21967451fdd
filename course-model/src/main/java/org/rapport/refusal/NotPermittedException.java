package org.rapport.refusal;

/** The acting user may not do this: wrong role, deactivated, or not their cohort or attempt. */
public class NotPermittedException extends RuntimeException implements Refusal {
    public NotPermittedException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_PERMITTED;
    }
}
