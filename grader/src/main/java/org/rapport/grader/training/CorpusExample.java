package org.rapport.grader.training;

import java.util.List;

import org.rapport.grader.Move;

/**
 * One labelled reply of the corpus.
 *
 * @param situation the client situation (the corpus file's name), a unit of the held-out split
 * @param source    file and line, for messages
 * @param prompt    what the client said, or null
 * @param response  the reply
 * @param label     the move of the whole reply
 * @param moves     the move of each sentence, or an empty list when not given
 * @param writer    who wrote it (a brief in the corpus's writers.txt), the other unit of the held-out split;
 *                  null where the data does not say
 * @param kind      what the reply is an example of (the corpus's kinds.txt), or null
 */
public record CorpusExample(String situation, String source, String prompt, String response, Move label,
                            List<Move> moves, String writer, String kind) {
    public CorpusExample {
        if (response == null || response.isBlank()) {
            throw new IllegalArgumentException(source + ": response is empty");
        }
        if (label == null) {
            throw new IllegalArgumentException(source + ": label is missing");
        }
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    /** A reply whose writer and kind are not known. */
    public CorpusExample(String situation, String source, String prompt, String response, Move label, List<Move> moves) {
        this(situation, source, prompt, response, label, moves, null, null);
    }

    /** True when the reply has sentences of more than one move. */
    public boolean mixed() {
        return moves.stream().distinct().count() > 1;
    }
}
