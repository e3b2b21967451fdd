package org.rapport.security;

import org.rapport.ErrorBody;
import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
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
                            SignInThrottle throttle,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) throws Exception {
        AuthenticationEntryPoint entryPoint = apiEntryPoint(errors);
        var remembered = new RememberedBasicCredentials(passwordCheck(users, passwords), users, clock,
                Duration.ofMinutes(5));
        return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authenticationManager(new ProviderManager(new ThrottledSignIn(remembered, throttle, "API")))
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
                        .accessDeniedHandler((request, response, ex) -> ErrorBody.write(response,
                                HttpStatus.FORBIDDEN, "Your role may not use this route.")))
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
        ErrorBody.write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP basic authentication.");
    }

    /**
     * The API's entry point. When the account could not be read to check the credentials (the database is away,
     * say), telling a caller with good credentials to sign in would mislead it: the failure goes to the API's own
     * error handling ({@code ApiErrors}), which answers it as it answers the same failure inside a request.
     */
    private static AuthenticationEntryPoint apiEntryPoint(HandlerExceptionResolver errors) {
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                ErrorBody.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this account "
                        + "from here. Try again in " + throttled.retryAfterInWords() + ".");
                return;
            }
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
    SecurityFilterChain ui(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                           SignInThrottle throttle, RequestUtil vaadinRequests) throws Exception {
        // Our stylesheet (AppShell) is public like Lumo's: the sign-in page uses it too.
        return http.authorizeHttpRequests(a -> a.requestMatchers("/rapport.css").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // Vaadin exempts the sign-in form from CSRF protection, which lets another site sign a
                        // visitor in to an account of its choosing (login CSRF). The form carries the token
                        // from the page's meta tags, so only Vaadin's own requests, which have their own
                        // protection, are exempt here.
                        .enableCsrfConfiguration(false))
                .csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .authenticationManager(new ProviderManager(new ThrottledSignIn(passwordCheck(users, passwords),
                        throttle, "sign-in form")))
                .formLogin(form -> form.failureHandler((request, response, e) -> response.sendRedirect(
                        request.getContextPath() + "/login?" + (e instanceof SignInThrottledException throttled
                                ? LoginView.THROTTLED + "=" + throttled.retryAfterSeconds() : "error"))))
                .build();
    }

    private static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(passwords);
        return verifier;
    }
}
