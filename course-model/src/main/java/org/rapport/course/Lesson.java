package org.rapport.course;

import java.util.List;

/**
 * One lesson: reading, worked examples, practice scenarios and a knowledge check.
 *
 * @param minutes the authors' estimate of the time it takes, which the course's hours are summed from
 */
public record Lesson(String id, String title, int minutes, List<String> objectives, List<ReadingSection> reading,
                     List<WorkedExample> examples, List<Scenario> scenarios, List<Question> check) {
    public Lesson {
        objectives = List.copyOf(objectives);
        reading = List.copyOf(reading);
        examples = List.copyOf(examples);
        scenarios = List.copyOf(scenarios);
        check = List.copyOf(check);
    }

    /** A section of reading; the body is Markdown without HTML. */
    public record ReadingSection(String heading, String body) {
    }

    /** A client line and a helper's reply, with the authors' commentary on the move it makes. */
    public record WorkedExample(String title, String client, String reply, org.rapport.grader.Move move,
                                String commentary) {
    }
}
