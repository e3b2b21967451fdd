package org.rapport.grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Grades a learner's reply to a client: which move each sentence makes, and the move of the whole reply.
 * Implementations are safe for concurrent use by many threads.
 */
public interface ResponseGrader {

    /** The longest reply, in characters, that is graded; longer ones are refused with a clear message. */
    int MAX_REPLY_CHARS = 4_000;

    /** Classpath location of the model the build trains from grader/corpus. */
    String SHIPPED_MODEL = "/org/rapport/grader/rapport-grader.model";

    /**
     * Grades a reply.
     *
     * @param response what the learner would say
     * @param prompt   what the client said, or null; when given it helps tell a reflection from the rest
     * @throws ReplyRejectedException when the reply is empty, too long or not text
     */
    GradedResponse grade(String response, String prompt);

    default GradedResponse grade(String response) {
        return grade(response, null);
    }

    /** The version of the loaded model: a hash of the corpus and the training parameters. */
    String modelVersion();

    /** Loads a model written by {@code train}. */
    static ResponseGrader load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return OpenNlpResponseGrader.load(in);
        }
    }

    /** Loads a model from a stream (closed by the caller). */
    static ResponseGrader load(InputStream model) throws IOException {
        return OpenNlpResponseGrader.load(model);
    }

    /** Loads the model the build trained from the project's corpus. */
    static ResponseGrader loadShipped() {
        try (InputStream in = ResponseGrader.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the shipped grader model " + SHIPPED_MODEL
                        + " is not on the classpath: build the grader module with ./mvnw package");
            }
            return OpenNlpResponseGrader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped grader model could not be read", e);
        }
    }
}
