package org.rapport.course;

import java.util.EnumMap;
import java.util.Map;

import org.rapport.grader.Move;
import org.rapport.grader.ScenarioTarget;

/**
 * A moment with a client to practise on.
 *
 * @param client  what the client says
 * @param target  the move the lesson teaches here and the moves also fine
 * @param hint    a nudge toward the target without giving the answer away
 * @param replies one model reply for each of the four moves
 */
public record Scenario(String id, Persona persona, String client, ScenarioTarget target, String hint,
                       Map<Move, ModelReply> replies) {
    public Scenario {
        if (replies.size() != Move.values().length) {
            throw new IllegalArgumentException("scenario " + id + " needs a model reply for each move");
        }
        replies = Map.copyOf(new EnumMap<>(replies));
    }

    public ModelReply modelReply(Move move) {
        return replies.get(move);
    }

    /** Who the client is. */
    public record Persona(String name, int age, String setting, String background) {
    }

    /** A model reply and one line on why it makes its move. */
    public record ModelReply(String text, String why) {
    }
}
