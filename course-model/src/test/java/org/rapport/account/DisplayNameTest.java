package org.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void names_in_any_script_are_kept_as_typed_without_surrounding_spaces() {
        assertThat(new DisplayName("  Inês Duarte ").value()).isEqualTo("Inês Duarte");
        assertThat(new DisplayName("王小明").value()).isEqualTo("王小明");
        // Persian writes some names with a zero-width non-joiner; it must stay allowed.
        assertThat(new DisplayName("مهر\u200Cناز").value()).isEqualTo("مهر\u200Cناز");
    }

    @Test
    void a_name_of_only_invisible_characters_is_refused() {
        for (String invisible : new String[] {"\u200B\u200B", "\u3164", "\u00A0\u2003", "\u200C", "\u2060"}) {
            assertThatThrownBy(() -> new DisplayName(invisible)).as("U+%04X", (int) invisible.charAt(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visible characters");
        }
    }

    @Test
    void bidirectional_overrides_and_control_characters_are_refused() {
        for (String sneaky : new String[] {"Ana\u202Egnp.exe", "Bo\u2066b\u2069", "Eve\u200B", "Tab\tName", "Nul\u0000"}) {
            assertThatThrownBy(() -> new DisplayName(sneaky)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
