package org.rapport.security;

import org.rapport.config.RapportProperties;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it is (ASVS 3.3.4's absolute timeout; the idle
 * timeout is the servlet container's {@code server.servlet.session.timeout}). The next request then starts
 * afresh at the sign-in page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AbsoluteSessionTimeout extends OncePerRequestFilter {
    private final Clock clock;
    private final Duration lifetime;

    public AbsoluteSessionTimeout(Clock clock, RapportProperties settings) {
        this.clock = clock;
        this.lifetime = settings.session().absoluteTimeout();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // Another request ended it first: nothing left to do.
            }
        }
        chain.doFilter(request, response);
    }
}
