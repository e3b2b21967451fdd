package org.rapport.course;

import org.rapport.config.RapportProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Loads the course content at start-up; invalid content stops the application with a message naming file and field. */
@Configuration(proxyBeanMethods = false)
public class CourseContentConfiguration {
    @Bean
    CourseCatalogue courseCatalogue(ResourcePatternResolver resolver,
                                    RapportProperties settings) {
        return new CourseCatalogue(CourseContentLoader.load(resolver, settings.content().location()));
    }
}
