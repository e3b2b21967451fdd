package org.rapport.gradermodel;

import java.time.Instant;

import org.rapport.grader.training.CandidateTraining;

/**
 * A candidate's training as the System page follows it.
 *
 * @param step    steps started so far, of {@link #steps()}
 * @param doing   what the current step does, or how it ended
 * @param version the candidate made, once finished
 * @param failure why it stopped, if it did
 */
public record Training(int step, int steps, String doing, Instant startedAt, Instant endedAt, String version,
                       String failure) {
    static Training started(Instant now) {
        return new Training(0, CandidateTraining.STEPS, "Exporting the supervisors' corrections", now, null, null,
                null);
    }

    Training at(int step, String doing) {
        return new Training(step, steps, doing, startedAt, null, null, null);
    }

    Training finished(String version, Instant now) {
        return new Training(steps, steps, "Trained candidate " + version, startedAt, now, version, null);
    }

    Training failed(String why, Instant now) {
        return new Training(step, steps, "Stopped", startedAt, now, null, why);
    }

    public boolean done() {
        return endedAt != null;
    }
}
