package org.rapport.practice;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.rapport.grader.GradedResponse;
import org.rapport.grader.ResponseGrader;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One grader for the whole application: it is thread-safe, and reading its model takes most of a second of
 * start-up. The shipped model is read on its own thread while the rest of the context starts, and start-up waits
 * for it once every other bean exists, so a broken model still stops start-up rather than the first learner's
 * submit. An admin may later put a promoted model in its place ({@link ActiveGrader#use}).
 */
@Configuration(proxyBeanMethods = false)
public class GraderConfiguration {
    @Bean
    ActiveGrader responseGrader() {
        return new ActiveGrader(CompletableFuture.supplyAsync(ResponseGrader::loadShipped,
                task -> Thread.ofPlatform().name("grader-model-load").daemon().start(task)));
    }

    /**
     * Hands every call to the model in use. A swap is one reference write: a reply graded while an admin promotes
     * a model is graded wholly by one model or the other, and names the one that graded it.
     */
    public static final class ActiveGrader implements ResponseGrader, SmartInitializingSingleton {
        private final CompletableFuture<ResponseGrader> shipped;
        private final AtomicReference<ResponseGrader> inUse = new AtomicReference<>();

        ActiveGrader(CompletableFuture<ResponseGrader> shipped) {
            this.shipped = shipped;
        }

        @Override
        public void afterSingletonsInstantiated() {
            current();
        }

        @Override
        public GradedResponse grade(String response, String prompt) {
            return current().grade(response, prompt);
        }

        @Override
        public String modelVersion() {
            return current().modelVersion();
        }

        /** The model shipped inside the application. */
        public ResponseGrader shipped() {
            try {
                return shipped.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        /** Grades every reply from now on with this model (the shipped one when null). */
        public void use(ResponseGrader grader) {
            inUse.set(grader);
        }

        private ResponseGrader current() {
            ResponseGrader grader = inUse.get();
            return grader != null ? grader : shipped();
        }
    }
}
