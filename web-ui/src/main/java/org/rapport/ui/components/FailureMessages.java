package org.rapport.ui.components;

import java.util.Optional;

import org.rapport.Causes;
import org.rapport.DatabaseFailures;
import org.rapport.account.NotFoundException;
import org.rapport.account.NotPermittedException;
import org.rapport.cohort.EnrollmentRefusedException;
import org.rapport.gradermodel.PromotionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;

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
        return refusalIn(failure).map(Throwable::getMessage).orElseGet(() -> {
            LOG.error("unexpected failure in a view", failure);
            return UNEXPECTED;
        });
    }

    /**
     * The service's refusal in {@code failure} or among its causes, whose message {@link #forPerson} shows;
     * empty when there is none (a fault of ours, or the database).
     */
    public static Optional<Throwable> refusalIn(Throwable failure) {
        // Below Spring's data and transaction exceptions lie the driver's and Hibernate's messages: not for people.
        return Causes.of(failure).takeWhile(t -> !(t instanceof NestedRuntimeException))
                .filter(t -> isRefusal(t) && t.getMessage() != null && !t.getMessage().isBlank()).findFirst();
    }

    // The services signal invalid input with IllegalArgumentException and messages for people (the grader's
    // ReplyRejectedException is one); IllegalStateException is kept for our own broken invariants.
    private static boolean isRefusal(Throwable t) {
        return t instanceof IllegalArgumentException || t instanceof NotFoundException
                || t instanceof NotPermittedException || t instanceof EnrollmentRefusedException
                || t instanceof PromotionRefusedException;
    }
}
