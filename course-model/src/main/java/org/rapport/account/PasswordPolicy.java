package org.rapport.account;

import org.rapport.refusal.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a password must be: 10 to 200 characters and not easy to guess. Guessability is nbvcxz's estimate
 * (common-password and word lists, keyboard runs, repeats, l33t, dates), so "password123" and "aaaaaaaaaa" are
 * refused while a long phrase of ordinary words passes, as NIST SP 800-63B advises instead of composition rules.
 * The person's own username and display name count as known words.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    /** Bits of entropy nbvcxz must estimate: its own default (35), which refuses every common password. */
    static final double MIN_ENTROPY = ConfigurationBuilder.getDefaultMinimumEntropy();

    private static final List<Dictionary> DEFAULT_DICTIONARIES = ConfigurationBuilder.getDefaultDictionaries();

    private PasswordPolicy() {
    }

    /** Throws with a message for the person when the password will not do. */
    public static void check(String password, String... personalWords) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInputException("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        Result result = estimator(personalWords).estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String warning = result.getFeedback().getWarning();
            throw new InvalidInputException("This password is too easy to guess"
                    + (warning == null || warning.isBlank() ? "." : ": " + lowerFirst(warning))
                    + " A few unrelated words, or a longer phrase only you would think of, make a strong one.");
        }
    }

    private static Nbvcxz estimator(String... personalWords) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own").setExclusion(true);
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                own.addWord(word.strip().toLowerCase(Locale.ROOT), 0);
            }
        }
        List<Dictionary> dictionaries = new ArrayList<>(DEFAULT_DICTIONARIES);
        dictionaries.add(own.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).setMinimumEntropy(MIN_ENTROPY)
                .setLocale(Locale.ENGLISH).createConfiguration());
    }

    private static String lowerFirst(String s) {
        String sentence = s.endsWith(".") ? s : s + ".";
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
