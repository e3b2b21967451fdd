package org.rapport.practice;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.rapport.grader.GradedResponse;
import org.rapport.grader.ResponseGrader;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One grader for the whole application: it is thread-safe, and reading its model takes most of a second of
 * start-up. The model is read on its own thread while the rest of the context starts, and start-up waits for it
 * once every other bean exists, so a broken model still stops start-up rather than the first learner's submit.
 */
@Configuration(proxyBeanMethods = false)
public class GraderConfiguration {
    @Bean
    BackgroundLoadedGrader responseGrader() {
        return new BackgroundLoadedGrader(CompletableFuture.supplyAsync(ResponseGrader::loadShipped,
                task -> Thread.ofPlatform().name("grader-model-load").daemon().start(task)));
    }

    /** Hands every call to the loaded grader, waiting for the load only if it has not finished yet. */
    static final class BackgroundLoadedGrader implements ResponseGrader, SmartInitializingSingleton {
        private final CompletableFuture<ResponseGrader> loading;

        BackgroundLoadedGrader(CompletableFuture<ResponseGrader> loading) {
            this.loading = loading;
        }

        @Override
        public void afterSingletonsInstantiated() {
            loaded();
        }

        @Override
        public GradedResponse grade(String response, String prompt) {
            return loaded().grade(response, prompt);
        }

        @Override
        public String modelVersion() {
            return loaded().modelVersion();
        }

        private ResponseGrader loaded() {
            try {
                return loading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
