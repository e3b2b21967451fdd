package org.rapport.course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courses on offer, loaded once from the content files at start-up. Content is read-only at run time:
 * authors change the files and the application is restarted, which gives the course a new content version.
 */
public class CourseCatalogue {
    private final List<Course> courses;
    private final Map<String, Course> byId = new HashMap<>();
    private final Map<String, LessonPage> lessons = new HashMap<>();
    private final Map<String, ScenarioPlace> scenarios = new HashMap<>();

    public CourseCatalogue(List<Course> courses) {
        this.courses = List.copyOf(courses);
        for (Course course : courses) {
            byId.put(course.id(), course);
            for (CourseModule module : course.modules()) {
                for (Lesson lesson : module.lessons()) {
                    lessons.put(lesson.id(), new LessonPage(course.id(), course.title(), module.id(), module.title(),
                            lesson));
                    for (Scenario scenario : lesson.scenarios()) {
                        scenarios.put(scenario.id(), new ScenarioPlace(course.id(), course.contentVersion(),
                                module.id(), lesson.id(), scenario));
                    }
                }
            }
        }
    }

    public List<CourseSummary> courses() {
        return courses.stream().map(CourseSummary::of).toList();
    }

    public Optional<Course> course(String courseId) {
        return Optional.ofNullable(byId.get(courseId));
    }

    public Optional<LessonPage> lesson(String lessonId) {
        return Optional.ofNullable(lessons.get(lessonId));
    }

    public Optional<ScenarioPlace> scenario(String scenarioId) {
        return Optional.ofNullable(scenarios.get(scenarioId));
    }

    /** A course on the catalogue page. */
    public record CourseSummary(String id, String title, String summary, String notice, int modules, int lessons,
                                int scenarios, int minutes, double continuingEducationHours, String contentVersion) {
        static CourseSummary of(Course c) {
            return new CourseSummary(c.id(), c.title(), c.summary(), c.notice(), c.modules().size(),
                    (int) c.lessons().count(), (int) c.scenarios().count(), c.minutes(),
                    c.continuingEducationHours(), c.contentVersion());
        }
    }

    /** A lesson with where it sits, for its page and its breadcrumbs. */
    public record LessonPage(String courseId, String courseTitle, String moduleId, String moduleTitle, Lesson lesson) {
    }

    /** A scenario with where it sits and the course content version it belongs to. */
    public record ScenarioPlace(String courseId, String contentVersion, String moduleId, String lessonId,
                                Scenario scenario) {
    }
}
