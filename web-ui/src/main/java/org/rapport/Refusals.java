package org.rapport;

import java.util.Optional;

import org.rapport.grader.ReplyRejectedException;
import org.rapport.refusal.Refusal;
import org.springframework.core.NestedRuntimeException;
import org.springframework.http.HttpStatus;

/**
 * How a failure is answered, in one place for the API's errors, the failure page and the views' messages: a
 * service's refusal shows its own message with its kind's status, a database that does not answer is 503, and
 * anything else is a fault of ours, 500, whose message is never shown.
 */
public final class Refusals {
    private Refusals() {
    }

    /** A refusal found in a failure: its kind and the message written for the person. */
    public record Refused(Refusal.Kind kind, String message) {
        public HttpStatus status() {
            return switch (kind) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
            };
        }
    }

    /**
     * The refusal in {@code failure} or among its causes. The grader's rejection of a reply (empty, too long,
     * not text) counts as invalid input; a bare {@code IllegalArgumentException} does not, since it may come from
     * a library. Below Spring's data and transaction exceptions lie the driver's and Hibernate's messages, which
     * are never for people.
     */
    public static Optional<Refused> in(Throwable failure) {
        return Causes.of(failure).takeWhile(t -> !(t instanceof NestedRuntimeException))
                .filter(t -> t.getMessage() != null && !t.getMessage().isBlank())
                .flatMap(t -> switch (t) {
                    case Refusal refusal -> java.util.stream.Stream.of(new Refused(refusal.kind(), t.getMessage()));
                    case ReplyRejectedException rejected ->
                            java.util.stream.Stream.of(new Refused(Refusal.Kind.INVALID, t.getMessage()));
                    default -> java.util.stream.Stream.empty();
                })
                .findFirst();
    }

    /** The HTTP status that answers {@code failure}. */
    public static HttpStatus status(Throwable failure) {
        if (DatabaseFailures.databaseAway(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return in(failure).map(Refused::status).orElse(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
