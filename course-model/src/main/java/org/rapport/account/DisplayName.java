package org.rapport.account;

/** The name shown to others: 1 to 100 printable characters. */
public record DisplayName(String value) {
    public DisplayName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > 100 || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A display name has 1 to 100 printable characters.");
        }
    }
}
