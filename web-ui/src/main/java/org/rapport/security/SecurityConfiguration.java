package org.rapport.security;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.rapport.ui.account.LoginView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Three chains: health for probes, the JSON API with HTTP basic and no session, and the Vaadin UI with a login
 * view. Views declare their roles with {@code @RolesAllowed}; API routes are listed here, and the services
 * check ownership (a supervisor's own cohorts, a learner's own attempts) behind both.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords, Clock clock,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) throws Exception {
        AuthenticationEntryPoint entryPoint = apiEntryPoint(errors);
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(passwords);
        var remembered = new RememberedBasicCredentials(verifier, users, clock, Duration.ofMinutes(5));
        return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authenticationManager(new ProviderManager(remembered))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/v1/cohorts/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/api/v1/corrections.jsonl").hasRole("ADMIN")
                        .requestMatchers("/api/v1/courses", "/api/v1/courses/**", "/api/v1/grade")
                        .hasAnyRole("LEARNER", "SUPERVISOR", "ADMIN")
                        .anyRequest().denyAll())
                // The entry point writes the 401 itself: a sendError would be re-dispatched to /error, which the
                // UI chain answers with a redirect to the login page.
                .httpBasic(b -> b.realmName("Rapport").authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, ex) -> {
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            response.setContentType("application/json");
                            response.getWriter().write("{\"status\":403,\"error\":\"Your role may not use this route.\"}");
                        }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A stateless API authenticated on every request has no session for a forged request to ride on.
                .csrf(c -> c.disable())
                .build();
    }

    private static void unauthorized(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response,
                                     org.springframework.security.core.AuthenticationException e)
            throws java.io.IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Rapport\"");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":401,\"error\":\"Sign in with HTTP basic authentication.\"}");
    }

    /**
     * The API's entry point. When the account could not be read to check the credentials (the database is away,
     * say), telling a caller with good credentials to sign in would mislead it: the failure goes to the API's own
     * error handling ({@code ApiErrors}), which answers it as it answers the same failure inside a request.
     */
    private static AuthenticationEntryPoint apiEntryPoint(HandlerExceptionResolver errors) {
        return (request, response, e) -> {
            if (e instanceof InternalAuthenticationServiceException) {
                Exception failure = e.getCause() instanceof Exception cause ? cause : e;
                if (errors.resolveException(request, response, null, failure) != null) {
                    return;
                }
            }
            unauthorized(request, response, e);
        };
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
