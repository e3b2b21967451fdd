package org.rapport.config;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Rapport's own, {@code rapport.*}, in one place with its default; Spring binds it from
 * application.properties, the environment ({@code RAPPORT_DATA_DIR}, {@code RAPPORT_SIGN_IN_PER_ACCOUNT}...) or
 * the command line, and a value out of range stops start-up with its name.
 *
 * @param dataDir the folder of the embedded database and of trained grader models
 * @param baseUrl the address people reach the app at, for the invite links supervisors share; empty: the
 *                address of the request
 */
@ConfigurationProperties("rapport")
public record RapportProperties(@DefaultValue("./data") String dataDir, @DefaultValue("") String baseUrl,
                                @DefaultValue Content content, @DefaultValue Review review,
                                @DefaultValue Grader grader, @DefaultValue Demo demo,
                                @DefaultValue Session session, @DefaultValue SignIn signIn) {

    /** @param location where the course content files are (a classpath or file: pattern) */
    public record Content(@DefaultValue("classpath*:content/") String location) {
    }

    /** @param sampleRate the share of non-judging replies also queued for review, 0 to 1 */
    public record Review(@DefaultValue("0.1") double sampleRate) {
        public Review {
            if (sampleRate < 0 || sampleRate > 1) {
                throw new IllegalArgumentException("rapport.review.sample-rate lies between 0 and 1");
            }
        }
    }

    /** @param corpusDir the corpus candidate models train on; empty: grader/corpus of a checkout, if there is one */
    public record Grader(@DefaultValue("") String corpusDir) {
    }

    /** @param enabled true, false, or auto: demo data on the embedded database only */
    public record Demo(@DefaultValue("auto") String enabled) {
        public Demo {
            enabled = enabled.strip().toLowerCase(Locale.ROOT);
            if (!enabled.equals("true") && !enabled.equals("false") && !enabled.equals("auto")) {
                throw new IllegalArgumentException("rapport.demo.enabled is true, false or auto");
            }
        }
    }

    /** @param absoluteTimeout how long a session lasts at most, however active */
    public record Session(@DefaultValue("12h") Duration absoluteTimeout) {
        public Session {
            if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
                throw new IllegalArgumentException("rapport.session.absolute-timeout must be a positive duration");
            }
        }
    }

    /**
     * How many failed sign-ins are allowed before the next attempt must wait (the web layer's sign-in throttle).
     *
     * @param perAccountAndClient failures one client may make on one account within {@code window}
     * @param perClient           failures one client may make on any accounts within {@code window}
     * @param perAccount          failures all clients together may make on one account within an hour (ASVS: ≤ 100)
     * @param window              the sliding window of the first two limits
     */
    public record SignIn(@DefaultValue("5") int perAccountAndClient, @DefaultValue("30") int perClient,
                         @DefaultValue("50") int perAccount, @DefaultValue("10m") Duration window) {
        public SignIn {
            if (perAccountAndClient < 1 || perClient < 1 || perAccount < 1 || perAccount > 100) {
                throw new IllegalArgumentException("rapport.sign-in limits are at least 1, and per-account at most 100");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("rapport.sign-in.window must be a positive duration");
            }
        }
    }
}
