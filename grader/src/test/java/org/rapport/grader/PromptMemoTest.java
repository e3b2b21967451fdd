package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PromptMemoTest {
    private final List<String> analysed = new ArrayList<>();
    private final PromptMemo memo = new PromptMemo(3, prompt -> {
        analysed.add(prompt);
        return prompt.startsWith("<") ? Optional.empty() : Optional.of(Set.of(prompt.toLowerCase(java.util.Locale.ROOT)));
    });

    @Test
    void a_prompt_seen_before_is_not_analysed_again() {
        assertThat(memo.lemmas("Meds")).contains(Set.of("meds"));
        assertThat(memo.lemmas("Meds")).contains(Set.of("meds"));
        assertThat(analysed).containsExactly("Meds");
    }

    @Test
    void each_prompt_gets_its_own_lemmas_not_an_earlier_ones() {
        memo.lemmas("Meds");
        assertThat(memo.lemmas("Therapy")).contains(Set.of("therapy"));
        assertThat(memo.lemmas("Meds")).contains(Set.of("meds"));
    }

    @Test
    void a_prompt_that_is_not_text_is_remembered_as_unusable() {
        assertThat(memo.lemmas("<b>")).isEmpty();
        assertThat(memo.lemmas("<b>")).isEmpty();
        assertThat(analysed).containsExactly("<b>");
    }

    @Test
    void the_memo_never_holds_more_prompts_than_its_capacity() {
        for (int i = 0; i < 10; i++) {
            memo.lemmas("prompt " + i);
            assertThat(memo.size()).isLessThanOrEqualTo(3);
        }
        assertThat(memo.lemmas("prompt 9")).contains(Set.of("prompt 9"));
    }

    @Test
    void a_memo_without_room_is_refused() {
        assertThatThrownBy(() -> new PromptMemo(0, p -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
