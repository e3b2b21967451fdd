package org.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.rapport.account.Role;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

class RememberedBasicCredentialsTest {
    private final AtomicReference<SignedInUser> account =
            new AtomicReference<>(new SignedInUser(1, "ana", "Ana Lima", "{bcrypt}hash-1", Role.LEARNER, true));
    private final AtomicInteger verifications = new AtomicInteger();
    private final UserDetailsService users = name -> account.get();
    private final MutableClock clock = new MutableClock();
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            verifications.incrementAndGet();
            if (!"right password".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            SignedInUser user = account.get();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final RememberedBasicCredentials provider =
            new RememberedBasicCredentials(bcrypt, users, clock, Duration.ofMinutes(5));

    @Test
    void a_verified_password_is_not_checked_against_bcrypt_again_within_the_time_to_live() {
        provider.authenticate(login("right password"));
        Authentication again = provider.authenticate(login("right password"));

        assertThat(verifications).hasValue(1);
        assertThat(((SignedInUser) again.getPrincipal()).id()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(6));
        provider.authenticate(login("right password"));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_wrong_password_is_always_checked_and_refused() {
        provider.authenticate(login("right password"));

        assertThatThrownBy(() -> provider.authenticate(login("wrong password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("wrong password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void deactivation_and_a_changed_password_take_effect_at_once() {
        provider.authenticate(login("right password"));

        account.set(new SignedInUser(1, "ana", "Ana Lima", "{bcrypt}hash-1", Role.LEARNER, false));
        assertThatThrownBy(() -> provider.authenticate(login("right password"))).isInstanceOf(DisabledException.class);

        account.set(new SignedInUser(1, "ana", "Ana Lima", "{bcrypt}hash-2", Role.LEARNER, true));
        provider.authenticate(login("right password"));
        assertThat(verifications).as("the new hash is verified afresh").hasValue(2);
    }

    @Test
    void a_changed_role_is_seen_on_the_next_request() {
        provider.authenticate(login("right password"));
        account.set(new SignedInUser(1, "ana", "Ana Lima", "{bcrypt}hash-1", Role.SUPERVISOR, true));

        Authentication again = provider.authenticate(login("right password"));

        assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SUPERVISOR");
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("ana", password);
    }
}
