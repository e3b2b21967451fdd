package org.rapport;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Keeps {@code spring.data.jpa.repositories.bootstrap-mode=deferred} working in the packaged jar. Deferred mode
 * builds the EntityManagerFactory on a background thread and relies on every injection point of a repository
 * being lazy, so that services can be created before Hibernate is ready. Spring Data makes them lazy while it
 * registers the repository bean definitions, a step the AOT-processed jar skips (it runs the definitions the
 * build generated): there, the first service that asked for a repository parked the main thread until
 * Hibernate was ready (3.8 to 5.5 s on the 2-core test machine). This puts the same lazy injection points back,
 * and, as Spring Data's deferred mode does, initialises the repositories once the context is refreshed, so a
 * broken repository still stops start-up rather than the first request. docs/decisions/0005-start-up.md has
 * what it did and did not change.
 */
@Configuration(proxyBeanMethods = false)
class DeferredRepositories {

    @Bean
    static BeanFactoryPostProcessor lazyRepositoryInjectionPoints() {
        return beanFactory -> {
            // Started from classes, Spring Data has already installed its own lazy resolver: leave it be.
            if (beanFactory instanceof DefaultListableBeanFactory factory && factory.getAutowireCandidateResolver()
                    .getClass() == ContextAnnotationAutowireCandidateResolver.class) {
                factory.setAutowireCandidateResolver(new LazyRepositoryInjectionPoints());
                factory.registerSingleton(DeferredRepositories.class.getName() + ".initializer",
                        (ApplicationListener<ContextRefreshedEvent>) event -> factory.getBeansOfType(Repository.class));
            }
        };
    }

    /** Injects a proxy for each repository that looks the repository up on its first call. */
    static final class LazyRepositoryInjectionPoints extends ContextAnnotationAutowireCandidateResolver {
        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }
}
