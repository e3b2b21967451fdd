package org.rapport.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-hardening headers on every response, pages, API, static files and errors alike. They are set here,
 * before anything else runs, because Spring Security's header writer does not reach the pages Vaadin serves itself
 * (the sign-in page went out with none). Static files keep the caching their server gives them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {
    /**
     * As strict as Vaadin Flow allows without a per-request nonce: its bootstrap page starts the client with an
     * inline script and the client builds functions from the JavaScript the server sends (executeJs), which needs
     * 'unsafe-inline' and 'unsafe-eval' for scripts, and its components set inline styles. Nothing loads from
     * another origin, no plugin runs, no other site may frame a page, and forms post only here.
     */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON and CSV are never rendered as pages, so they may load nothing at all. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final java.util.regex.Pattern STATIC_FILE =
            java.util.regex.Pattern.compile("\\.(js|css|png|svg|ico|woff2?|ttf|webmanifest)$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!STATIC_FILE.matcher(request.getRequestURI()).find()) {
            // Pages and API answers hold a person's work: no copy stays in a shared browser's cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
