package org.rapport.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins {@link SignInThrottle} allows before the next attempt must wait ({@code rapport.sign-in.*}).
 *
 * @param perAccountAndClient failures one client may make on one account within {@code window}
 * @param perClient           failures one client may make on any accounts within {@code window}
 * @param perAccount          failures all clients together may make on one account within an hour (ASVS: ≤ 100)
 * @param window              the sliding window of the first two limits
 */
@ConfigurationProperties("rapport.sign-in")
public record SignInLimits(@DefaultValue("5") int perAccountAndClient, @DefaultValue("30") int perClient,
                           @DefaultValue("50") int perAccount, @DefaultValue("10m") Duration window) {
    public SignInLimits {
        if (perAccountAndClient < 1 || perClient < 1 || perAccount < 1 || perAccount > 100) {
            throw new IllegalArgumentException("rapport.sign-in limits must be at least 1, and per-account at most 100");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rapport.sign-in.window must be a positive duration");
        }
    }
}
