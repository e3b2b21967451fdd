package org.rapport.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapport.grader.Move;

class WorkedExampleMoveTest {

    @Test
    void a_worked_example_names_its_move_by_the_rubric_label() {
        var example = new Lesson.WorkedExample("Taking a side", "Part of me wants to quit.",
                "The part that wants to quit is the one to listen to.", Move.JUDGING, "Picks a winner.");

        assertThat(CourseCatalogue.moveOf(example)).isEqualTo("judging");
    }
}
