package org.rapport.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: the attempt was refused without checking the password. */
public class SignInThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next attempt may go ahead, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The wait in words a person reads: "about 3 minutes", "about 40 seconds". */
    public String retryAfterInWords() {
        return inWords(retryAfterSeconds());
    }

    /** A wait of this many seconds in words: "about 40 seconds", "about 3 minutes". */
    public static String inWords(long seconds) {
        if (seconds < 60) {
            return "about " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return "about " + minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
