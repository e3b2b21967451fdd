package org.rapport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The course model's services, repositories and migrations without the web UI, for *IT tests. */
@SpringBootApplication
public class CourseModelTestApplication {
}
