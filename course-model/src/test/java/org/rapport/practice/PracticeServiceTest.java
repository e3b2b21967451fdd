package org.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rapport.grader.ReplyRejectedException;
import org.rapport.grader.ResponseGrader;

class PracticeServiceTest {
    private static final PracticeService SERVICE = new PracticeService(ResponseGrader.loadShipped());

    @Test
    void feedback_gives_the_move_every_share_and_cue_offsets_inside_each_sentence() {
        ReplyFeedback feedback = SERVICE.gradeReply("That sounds exhausting. But you have to keep taking them.", null);

        assertThat(feedback.move()).isEqualTo("judging");
        assertThat(feedback.shares()).containsOnlyKeys("judging", "validating", "reflective", "partnering");
        assertThat(feedback.sentences()).hasSize(2);
        for (ReplyFeedback.SentenceFeedback s : feedback.sentences()) {
            for (ReplyFeedback.Highlight h : s.cues()) {
                assertThat(h.start()).isGreaterThanOrEqualTo(0);
                assertThat(h.end()).isLessThanOrEqualTo(s.text().length());
            }
        }
        assertThat(feedback.modelVersion()).startsWith("rg-");
    }

    @Test
    void an_empty_reply_is_refused_with_the_graders_message() {
        assertThatThrownBy(() -> SERVICE.gradeReply("  ", null)).isInstanceOf(ReplyRejectedException.class);
    }
}
