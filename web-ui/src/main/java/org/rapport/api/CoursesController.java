package org.rapport.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseModule;
import org.rapport.course.Lesson;
import org.rapport.course.Scenario;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue for integrations: courses with their course modules, lessons and scenarios nested. */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "courses")
class CoursesController {
    private final CourseCatalogue catalogue;

    CoursesController(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "List courses with their course modules, lessons and scenarios (id and title on each level)")
    List<CourseJson> courses() {
        return catalogue.courses().stream()
                .map(summary -> CourseJson.of(catalogue.course(summary.id()).orElseThrow()))
                .toList();
    }

    record CourseJson(String id, String title, String summary, String contentVersion, int minutes,
                      double continuingEducationHours, List<ModuleJson> modules) {
        static CourseJson of(Course c) {
            return new CourseJson(c.id(), c.title(), c.summary(), c.contentVersion(), c.minutes(),
                    c.continuingEducationHours(), c.modules().stream().map(ModuleJson::of).toList());
        }
    }

    record ModuleJson(String id, String title, List<LessonJson> lessons) {
        static ModuleJson of(CourseModule m) {
            return new ModuleJson(m.id(), m.title(), m.lessons().stream().map(LessonJson::of).toList());
        }
    }

    record LessonJson(String id, String title, int minutes, List<ScenarioJson> scenarios) {
        static LessonJson of(Lesson l) {
            return new LessonJson(l.id(), l.title(), l.minutes(), l.scenarios().stream().map(ScenarioJson::of).toList());
        }
    }

    /** A scenario's title is who the client is and where, which is how people tell scenarios apart. */
    record ScenarioJson(String id, String title, String client, String target) {
        static ScenarioJson of(Scenario s) {
            return new ScenarioJson(s.id(), s.persona().name() + ", " + s.persona().age() + " · " + s.persona().setting(),
                    s.client(), s.target().target().label());
        }
    }
}
