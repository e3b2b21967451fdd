package org.rapport.course;

import java.util.List;
import java.util.stream.Stream;

/** One course module: a theme taught in a few lessons, with its own knowledge checks. */
public record CourseModule(String id, String title, String summary, List<Lesson> lessons) {
    public CourseModule {
        lessons = List.copyOf(lessons);
    }

    public Stream<Question> questions() {
        return lessons.stream().flatMap(l -> l.check().stream());
    }

    public int minutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
}
