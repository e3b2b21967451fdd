package org.rapport.course;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A course as its authors wrote it, read from the content files.
 *
 * @param id             stable slug; learning records refer to it
 * @param title          shown to learners
 * @param summary        a short description for the catalogue
 * @param notice         what the course is not (treatment, crisis support), shown with it
 * @param contentVersion a hash of the course's files; every attempt records the one it answered
 * @param modules        in teaching order
 */
public record Course(String id, String title, String summary, String notice, String contentVersion,
                     List<CourseModule> modules) {
    public Course {
        Objects.requireNonNull(id);
        Objects.requireNonNull(contentVersion);
        modules = List.copyOf(modules);
    }

    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    public Stream<Scenario> scenarios() {
        return lessons().flatMap(l -> l.scenarios().stream());
    }

    public int minutes() {
        return lessons().mapToInt(Lesson::minutes).sum();
    }

    /** Continuing-education hours, rounded down to the quarter hour as providers usually certify them. */
    public double continuingEducationHours() {
        return Math.floor(minutes() / 15.0) / 4.0;
    }
}
