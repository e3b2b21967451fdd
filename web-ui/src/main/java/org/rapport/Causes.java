package org.rapport;

import java.util.stream.Stream;

/**
 * A failure and the causes under it, outermost first: what the error handling of the views and the API looks
 * through. The walk stops after twenty, because a chain can be made to loop (A caused by B caused by A) and the
 * handling of one failure must not hang.
 */
public final class Causes {
    private static final int DEEPEST = 20;

    private Causes() {
    }

    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause()).limit(DEEPEST);
    }
}
