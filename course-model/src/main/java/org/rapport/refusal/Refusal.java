package org.rapport.refusal;

/**
 * A service's refusal of a request, with a message written for the person who made it: input that will not do,
 * something not there (or not theirs to see), an act their role or ownership does not allow, or a request that
 * clashes with what is already so. Anything else that fails is a fault of ours, and its message is never shown.
 * The web layer maps each kind to one HTTP status, in one place ({@code org.rapport.Refusals}).
 */
public interface Refusal {
    /** The kinds of refusal. */
    enum Kind { INVALID, NOT_FOUND, NOT_PERMITTED, CONFLICT }

    Kind kind();

    /** Written for the person at the screen or the integrator at the API. */
    String getMessage();
}
