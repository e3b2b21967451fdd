package org.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.aot.BeanInstanceSupplier;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * The packaged jar wires beans the way Spring AOT generated them: an instance supplier per bean that resolves its
 * constructor arguments. These tests build such a bean factory by hand.
 */
class DeferredRepositoriesTest {
    interface Notes extends Repository<Object, Long> {
        long count();
    }

    record Reader(Notes notes) {
    }

    private final AtomicInteger repositoriesMade = new AtomicInteger();

    private DefaultListableBeanFactory aheadOfTimeFactory() {
        var factory = new DefaultListableBeanFactory();
        factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
        factory.registerBeanDefinition("notes", new RootBeanDefinition(Notes.class, () -> {
            repositoriesMade.incrementAndGet();
            return (Notes) () -> 3;
        }));
        var reader = new RootBeanDefinition(Reader.class);
        reader.setInstanceSupplier(BeanInstanceSupplier.<Reader>forConstructor(Notes.class)
                .withGenerator((registeredBean, args) -> new Reader(args.get(0))));
        factory.registerBeanDefinition("reader", reader);
        return factory;
    }

    @Test
    void a_service_is_made_without_its_repository_which_is_made_on_its_first_call() {
        var factory = aheadOfTimeFactory();
        DeferredRepositories.lazyRepositoryInjectionPoints().postProcessBeanFactory(factory);

        Reader reader = factory.getBean(Reader.class);

        assertThat(repositoriesMade).as("made with the service").hasValue(0);
        assertThat(reader.notes().count()).isEqualTo(3);
        assertThat(repositoriesMade).as("made on first call").hasValue(1);
    }

    @Test
    void without_it_the_service_waits_for_its_repository_as_the_jar_did() {
        var factory = aheadOfTimeFactory();

        factory.getBean(Reader.class);

        assertThat(repositoriesMade).hasValue(1);
    }

    @Test
    void the_repositories_are_made_when_the_context_is_refreshed_not_left_for_the_first_request() {
        var factory = aheadOfTimeFactory();
        DeferredRepositories.lazyRepositoryInjectionPoints().postProcessBeanFactory(factory);
        factory.getBean(Reader.class);

        @SuppressWarnings("unchecked")
        var listener = (ApplicationListener<ContextRefreshedEvent>) factory.getBean(
                DeferredRepositories.class.getName() + ".initializer");
        listener.onApplicationEvent(new ContextRefreshedEvent(new GenericApplicationContext()));

        assertThat(repositoriesMade).hasValue(1);
    }

    @Test
    void started_from_classes_it_leaves_spring_datas_own_lazy_injection_in_place() {
        var factory = aheadOfTimeFactory();
        var springDatas = new ContextAnnotationAutowireCandidateResolver() {
        };
        factory.setAutowireCandidateResolver(springDatas);

        DeferredRepositories.lazyRepositoryInjectionPoints().postProcessBeanFactory(factory);

        assertThat(factory.getAutowireCandidateResolver()).isSameAs(springDatas);
        assertThat(factory.containsBean(DeferredRepositories.class.getName() + ".initializer")).isFalse();
    }
}
