package org.rapport.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans every feature shares; the clock is a bean so tests can fix time. Settings: {@link RapportProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RapportProperties.class)
public class DomainConfiguration {
    /** Ticks in microseconds: what both databases store, so a time read back equals the time written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** bcrypt, with the algorithm named in the stored hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
