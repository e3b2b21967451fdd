package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplyTextTest {
    @Test
    void an_empty_or_blank_reply_is_refused_with_a_message_for_the_learner() {
        assertThatThrownBy(() -> ReplyText.check("   \n", 100))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ReplyText.check(null, 100)).isInstanceOf(ReplyRejectedException.class);
    }

    @Test
    void a_reply_over_the_limit_is_refused_and_the_message_gives_both_lengths() {
        assertThatThrownBy(() -> ReplyText.check("a".repeat(101), 100))
                .hasMessageContaining("101").hasMessageContaining("100");
    }

    @Test
    void binary_input_is_refused() {
        assertThatThrownBy(() -> ReplyText.check("PK\u0003\u0004\u0000\u0000abc", 100))
                .hasMessageContaining("does not look like text");
    }

    @Test
    void a_stray_control_character_from_a_paste_becomes_a_space() {
        assertThat(ReplyText.check("that sounds hard\u0007 for you", 100)).isEqualTo("that sounds hard  for you");
    }

    @Test
    void markup_is_kept_as_text_for_the_grader_to_read() {
        assertThat(ReplyText.check("<b>I hear you</b><script>x()</script>", 100)).contains("<script>");
    }

    @Test
    void punctuation_alone_is_not_a_reply() {
        assertThatThrownBy(() -> ReplyText.check("?!...", 100)).hasMessageContaining("no words");
    }
}
