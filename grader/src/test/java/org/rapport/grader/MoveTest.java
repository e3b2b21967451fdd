package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoveTest {
    @Test
    void labels_parse_whatever_their_case_and_surrounding_space() {
        assertThat(Move.fromLabel(" Reflective ")).isEqualTo(Move.REFLECTIVE);
        assertThat(Move.PARTNERING.label()).isEqualTo("partnering");
    }

    @Test
    void an_unknown_label_is_refused_with_the_accepted_ones_named() {
        assertThatThrownBy(() -> Move.fromLabel("empathic"))
                .hasMessageContaining("empathic")
                .hasMessageContaining("judging, validating, reflective or partnering");
    }
}
