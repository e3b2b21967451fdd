package org.rapport.cohort;

import org.rapport.refusal.InvalidInputException;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code a learner types to join a cohort: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * so it survives being read aloud or copied from a slide.
 */
public record InviteCode(String value) {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{8}");

    public InviteCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("An invite code has 8 letters and digits, like 'K7MQ-3XPA'.");
        }
    }

    /** Accepts what people type: lowercase, spaces and hyphens are forgiven. */
    public static InviteCode parse(String typed) {
        String cleaned = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return new InviteCode(cleaned);
    }

    static InviteCode random(SecureRandom random) {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new InviteCode(sb.toString());
    }

    /** "K7MQ-3XPA": easier to read out than eight characters in a row. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    @Override
    public String toString() {
        return display();
    }
}
