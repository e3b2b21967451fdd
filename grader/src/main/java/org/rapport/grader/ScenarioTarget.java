package org.rapport.grader;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a scenario teaches: the move it asks for, and the other moves that are also fine there.
 *
 * @param target     the move the lesson teaches
 * @param acceptable other moves that are a good answer too (never judging)
 */
public record ScenarioTarget(Move target, Set<Move> acceptable) {
    public ScenarioTarget {
        if (target == null) {
            throw new IllegalArgumentException("a scenario needs a target move");
        }
        if (target == Move.JUDGING) {
            throw new IllegalArgumentException("a scenario cannot teach judging");
        }
        acceptable = acceptable == null || acceptable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(acceptable));
        if (acceptable.contains(Move.JUDGING)) {
            throw new IllegalArgumentException("judging is never an acceptable move");
        }
        if (acceptable.contains(target)) {
            throw new IllegalArgumentException("the target move need not be listed as acceptable too");
        }
    }

    public static ScenarioTarget of(Move target, Move... acceptable) {
        return new ScenarioTarget(target, acceptable.length == 0 ? Set.of() : EnumSet.of(acceptable[0], acceptable));
    }
}
