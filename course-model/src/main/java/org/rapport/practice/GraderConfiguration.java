package org.rapport.practice;

import org.rapport.grader.ResponseGrader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One grader for the whole application: it is thread-safe, and loading it takes most of a second. */
@Configuration(proxyBeanMethods = false)
public class GraderConfiguration {
    @Bean
    ResponseGrader responseGrader() {
        return ResponseGrader.loadShipped();
    }
}
