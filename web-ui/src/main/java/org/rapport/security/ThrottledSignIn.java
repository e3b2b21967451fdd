package org.rapport.security;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link SignInThrottle} in front of a password check, for the form and for HTTP basic alike. A client
 * that must wait is refused before the password is hashed, so guessing costs the server nothing; refused
 * attempts are logged but not counted, or an attacker who keeps trying would keep the real user waiting.
 */
class ThrottledSignIn implements AuthenticationProvider {
    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider verifier;
    private final SignInThrottle throttle;
    private final String channel;

    ThrottledSignIn(AuthenticationProvider verifier, SignInThrottle throttle, String channel) {
        this.verifier = verifier;
        this.throttle = throttle;
        this.channel = channel;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        Optional<Duration> wait = throttle.waitBefore(account, client);
        if (wait.isPresent()) {
            LOG.warn("Sign-in for account '{}' from {} over {} refused: too many failures, {} s to wait",
                    SignInThrottle.normalized(account), client, channel, wait.get().toSeconds());
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = verifier.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                throttle.succeeded(account, client);
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, client, channel, "wrong password or unknown account");
            throw e;
        } catch (UsernameNotFoundException e) {
            throttle.failed(account, client, channel, "unknown account");
            throw e;
        } catch (AccountStatusException e) {
            throttle.failed(account, client, channel, "account deactivated");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }
}
