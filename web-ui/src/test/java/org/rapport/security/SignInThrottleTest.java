package org.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rapport.config.RapportProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class SignInThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock,
            new RapportProperties("./data", "", null, null, null, null, null,
                    new RapportProperties.SignIn(5, 30, 50, Duration.ofMinutes(10))));

    @Test
    void five_failures_from_one_client_make_it_wait_for_that_account_while_others_still_may_try() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore("ana", "10.0.0.1")).as("attempt " + (i + 1)).isEmpty();
            throttle.failed("ana", "10.0.0.1", "form", "wrong password");
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(throttle.waitBefore("ana", "10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(9)).isLessThanOrEqualTo(Duration.ofMinutes(10)));
        assertThat(throttle.waitBefore("ANA ", "10.0.0.1")).as("the name as sign-in compares it").isPresent();
        assertThat(throttle.waitBefore("ana", "10.0.0.2")).as("the real user elsewhere").isEmpty();
        assertThat(throttle.waitBefore("bo", "10.0.0.1")).as("another account from here").isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).as("once the first failure has aged out").isEmpty();
    }

    @Test
    void a_right_password_clears_the_clients_count_for_that_account() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana", "10.0.0.1", "form", "wrong password");
        }
        throttle.succeeded("ana", "10.0.0.1");
        throttle.failed("ana", "10.0.0.1", "form", "wrong password");

        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void many_clients_together_fail_on_one_account_at_most_fifty_times_an_hour() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("ana", "10.0.1." + i, "API", "wrong password");
            clock.advance(Duration.ofSeconds(30));
        }

        assertThat(throttle.waitBefore("ana", "192.168.7.7")).hasValueSatisfying(wait ->
                assertThat(wait).isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(throttle.throttledNow()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo("account");
            assertThat(t.who()).isEqualTo("ana");
        });

        clock.advance(Duration.ofMinutes(36));
        assertThat(throttle.waitBefore("ana", "192.168.7.7")).as("an hour after the first failure").isEmpty();
    }

    @Test
    void one_client_failing_on_many_accounts_waits_for_every_account() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user" + i, "10.0.0.9", "form", "unknown account");
        }

        assertThat(throttle.waitBefore("someone-new", "10.0.0.9")).isPresent();
        assertThat(throttle.waitBefore("someone-new", "10.0.0.10")).isEmpty();
    }

    @Test
    void failures_are_kept_newest_first_with_names_made_safe_for_logs_and_screens() {
        throttle.failed("ana", "10.0.0.1", "form", "wrong password");
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("evil\r\nadmin logged in\u202E", "10.0.0.2", "API", "unknown account");

        assertThat(throttle.recentFailures()).extracting(SignInThrottle.FailedSignIn::account)
                .containsExactly("eviladmin logged in", "ana");
        assertThat(throttle.recentFailures().get(0).channel()).isEqualTo("API");
    }

    @Test
    void attempts_refused_while_waiting_are_not_counted_so_an_attacker_cannot_extend_the_wait() {
        AtomicInteger checked = new AtomicInteger();
        AuthenticationProvider wrongEveryTime = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication a) {
                checked.incrementAndGet();
                throw new BadCredentialsException("bad");
            }

            @Override
            public boolean supports(Class<?> c) {
                return true;
            }
        };
        ThrottledSignIn signIn = new ThrottledSignIn(wrongEveryTime, throttle, "form");
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("ana", "guess");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        }
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(SignInThrottledException.class);
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(checked).as("passwords checked").hasValue(5);
        clock.advance(Duration.ofSeconds(100));
        assertThat(throttle.waitBefore("ana", "unknown")).as("the wait ends ten minutes after the fifth failure")
                .isEmpty();
    }

    @Test
    void a_flood_of_new_names_and_addresses_keeps_memory_bounded_and_the_limits_working() {
        for (int i = 0; i < 60_000; i++) {
            throttle.failed("name" + i, "2001:db8::" + Integer.toHexString(i), "API", "unknown account");
        }
        for (int i = 0; i < 50; i++) {
            throttle.failed("ana", "10.9.9." + i, "API", "wrong password");
        }

        assertThat(throttle.waitBefore("ana", "192.168.1.1")).as("the per-account limit still holds").isPresent();
        assertThat(throttle.recentFailures()).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void the_wait_is_told_in_words_a_person_reads() {
        assertThat(SignInThrottledException.inWords(1)).isEqualTo("about 1 second");
        assertThat(SignInThrottledException.inWords(45)).isEqualTo("about 45 seconds");
        assertThat(SignInThrottledException.inWords(61)).isEqualTo("about 2 minutes");
    }
}
