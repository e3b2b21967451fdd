package org.rapport.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP basic sends the password with every API request, and checking it against a bcrypt hash costs tens of
 * milliseconds of CPU by design: on two cores that alone would cap the API near 30 requests a second. This
 * provider remembers a successful check for a few minutes, keyed by an HMAC of the name and password under a
 * secret made at start-up (never the password itself), and still reads the account on every request: a
 * deactivated user, a changed role or a changed password takes effect at once.
 */
class RememberedBasicCredentials implements AuthenticationProvider {
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final UserDetailsService users;
    private final Clock clock;
    private final Duration ttl;
    private final byte[] secret = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedBasicCredentials(AuthenticationProvider verifier, UserDetailsService users, Clock clock, Duration ttl) {
        this.verifier = verifier;
        this.users = users;
        this.clock = clock;
        this.ttl = ttl;
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || !(credentials instanceof String password)) {
            return verifier.authenticate(authentication);
        }
        String key = key(username, password);
        Remembered hit = remembered.get(key);
        Instant now = clock.instant();
        if (hit != null && hit.until().isAfter(now)) {
            UserDetails current;
            try {
                current = users.loadUserByUsername(username);
            } catch (UsernameNotFoundException e) {
                remembered.remove(key);
                throw e;
            } catch (RuntimeException e) {
                // As DaoAuthenticationProvider does: the account could not be read, which is not a wrong password.
                throw new InternalAuthenticationServiceException(e.getMessage(), e);
            }
            if (!current.isEnabled()) {
                remembered.remove(key);
                throw new DisabledException("account deactivated");
            }
            if (current.getPassword().equals(hit.passwordHash())) {
                return UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
            }
            remembered.remove(key);
        }
        Authentication verified = verifier.authenticate(authentication);
        if (verified != null && verified.getPrincipal() instanceof UserDetails details) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.entrySet().removeIf(e -> !e.getValue().until().isAfter(now));
                if (remembered.size() >= MAX_ENTRIES) {
                    remembered.clear();
                }
            }
            remembered.put(key, new Remembered(details.getPassword(), now.plus(ttl)));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A verified name and password, tied to the hash that verified it. */
    private record Remembered(String passwordHash, Instant until) {
    }
}
