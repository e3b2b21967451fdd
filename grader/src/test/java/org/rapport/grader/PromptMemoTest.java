package org.rapport.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PromptMemoTest {
    private final List<String> analysed = new ArrayList<>();
    private final PromptMemo memo = new PromptMemo(3, prompt -> {
        analysed.add(prompt);
        return prompt.startsWith("<") ? Optional.empty() : Optional.of(Set.of(prompt.toLowerCase()));
    });

    @Test
    void aPromptSeenBeforeIsNotAnalysedAgain() {
        assertEquals(Optional.of(Set.of("meds")), memo.lemmas("Meds"));
        assertEquals(Optional.of(Set.of("meds")), memo.lemmas("Meds"));
        assertEquals(List.of("Meds"), analysed);
    }

    @Test
    void eachPromptGetsItsOwnLemmasNotAnEarlierOnes() {
        memo.lemmas("Meds");
        assertEquals(Optional.of(Set.of("therapy")), memo.lemmas("Therapy"));
        assertEquals(Optional.of(Set.of("meds")), memo.lemmas("Meds"));
    }

    @Test
    void aPromptThatIsNotTextIsRememberedAsUnusable() {
        assertEquals(Optional.empty(), memo.lemmas("<b>"));
        assertEquals(Optional.empty(), memo.lemmas("<b>"));
        assertEquals(List.of("<b>"), analysed);
    }

    @Test
    void theMemoNeverHoldsMorePromptsThanItsCapacity() {
        for (int i = 0; i < 10; i++) {
            memo.lemmas("prompt " + i);
            assertTrue(memo.size() <= 3, "held " + memo.size());
        }
        assertEquals(Optional.of(Set.of("prompt 9")), memo.lemmas("prompt 9"));
    }

    @Test
    void aMemoWithoutRoomIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PromptMemo(0, p -> Optional.empty()));
    }
}
