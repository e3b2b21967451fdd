package org.rapport.course;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.CourseModelTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ContentStartUpIT {
    @TempDir
    Path content;

    @Test
    void invalid_content_stops_start_up_with_a_message_naming_the_file_and_the_field() throws IOException {
        Path course = Files.createDirectories(content.resolve("courses/broken"));
        Files.writeString(course.resolve("course.yaml"), """
                id: broken
                title: Broken
                summary: A course with a mistake.
                notice: Not treatment.
                modules: [01-only.yaml]
                """);
        Files.writeString(course.resolve("01-only.yaml"), """
                id: only
                title: Only
                summary: One module.
                lessons:
                  - id: only-lesson
                    title: Only lesson
                    minutes: lots
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(CourseModelTestApplication.class)
                .properties("rapport.content.location=" + content.toUri()).run().close())
                .rootCause()
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("courses/broken/01-only.yaml line 7: lessons[0].minutes 'lots' should be a whole number")
                .hasMessageContaining("lessons[0].objectives is missing");
    }
}
