package org.rapport.ui.components;

import org.rapport.DatabaseFailures;
import org.rapport.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to tell the person at the screen when an action fails. The services' own refusals (a reply the grader
 * cannot read, a full cohort, a taken username, someone else's page) carry messages written for people and are
 * shown as they are. A database that does not answer gets a message that says so; anything else is a fault of
 * ours, logged in full and answered without internals, since an exception's own message can carry SQL, class
 * names or another learner's data.
 */
public final class FailureMessages {
    public static final String UNEXPECTED = "Something went wrong on our side and it has been logged. Try again, "
            + "and tell your administrator if it keeps happening.";
    private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {
    }

    /** The message for {@code failure}, which is logged unless it is a refusal the person can act on. */
    public static String forPerson(Throwable failure) {
        if (DatabaseFailures.databaseAway(failure)) {
            LOG.error("the database did not answer", failure);
            return DatabaseFailures.MESSAGE;
        }
        return Refusals.in(failure).map(Refusals.Refused::message).orElseGet(() -> {
            LOG.error("unexpected failure in a view", failure);
            return UNEXPECTED;
        });
    }
}
