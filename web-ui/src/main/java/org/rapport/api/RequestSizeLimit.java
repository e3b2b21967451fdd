package org.rapport.api;

import org.rapport.ErrorBody;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies far beyond any real request (a reply is at most 4,000 characters) before they are read,
 * so a huge upload costs no memory.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {
    static final long MAX_BYTES = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > MAX_BYTES || chunked) {
            ErrorBody.write(response, org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger "
                    + "than " + MAX_BYTES / 1024 + " KB (or has no length); a reply is at most 4,000 characters.");
            return;
        }
        chain.doFilter(request, response);
    }
}
