package org.rapport.course;

import java.util.List;

/** A multiple-choice knowledge-check question with its key: exactly one option is correct. */
public record Question(String id, String question, List<Option> options) {
    public Question {
        options = List.copyOf(options);
        if (options.stream().filter(Option::correct).count() != 1) {
            throw new IllegalArgumentException("question " + id + " needs exactly one correct option");
        }
    }

    public int correctOption() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: checked in the constructor");
    }

    /** One answer, with the explanation a learner sees after choosing it. */
    public record Option(String text, boolean correct, String explanation) {
    }
}
