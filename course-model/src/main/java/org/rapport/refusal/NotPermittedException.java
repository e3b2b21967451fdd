package org.rapport.account;

/** The acting user may not do this: wrong role, deactivated, or not their cohort or attempt. */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
