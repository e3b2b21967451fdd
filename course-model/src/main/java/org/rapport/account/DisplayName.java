package org.rapport.account;

import org.rapport.refusal.InvalidInputException;

/**
 * The name shown to others: 1 to 100 characters, at least one of them visible. Control characters and the
 * invisible formatting characters that reorder or hide text (bidirectional overrides and isolates, zero-width
 * spaces, the word joiner) are refused, so a name cannot pose as another or scramble the rows of a roster. The
 * zero-width joiner and non-joiner stay allowed: Persian and Indic names and emoji sequences need them.
 */
public record DisplayName(String value) {
    public DisplayName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > 100 || value.codePoints().anyMatch(DisplayName::refused)
                || value.codePoints().allMatch(DisplayName::blank)) {
            throw new InvalidInputException("A display name has 1 to 100 visible characters, with no control "
                    + "or invisible formatting characters.");
        }
    }

    private static boolean refused(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D;
    }

    private static boolean blank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0; // Hangul fillers show as nothing
    }
}
