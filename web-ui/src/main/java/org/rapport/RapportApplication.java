package org.rapport;

import java.net.URL;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

/** Rapport: practise responding to people who resist or doubt treatment. */
@SpringBootApplication
public class RapportApplication {
    static final String AOT_PROPERTY = "spring.aot.enabled";

    public static void main(String[] args) {
        if (System.getProperty(AOT_PROPERTY) == null && runsFromPackagedJar()) {
            System.setProperty(AOT_PROPERTY, "true");
        }
        SpringApplication.run(RapportApplication.class, args);
    }

    /**
     * The packaged jar carries the bean definitions the build worked out ahead of time (Spring AOT), which takes
     * about a sixth off start-up. They are used only there, where the build made them from the same classes: run
     * from a classes folder (tests, {@code spring-boot:run}) they may be stale, so the context is worked out at
     * start as usual. {@code -Dspring.aot.enabled=false} turns them off; docs/decisions/0005-start-up.md says what
     * that trades.
     */
    static boolean runsFromPackagedJar() {
        URL self = RapportApplication.class.getResource(RapportApplication.class.getSimpleName() + ".class");
        return self != null && "jar".equals(self.getProtocol()) && ClassUtils.isPresent(
                RapportApplication.class.getName() + "__ApplicationContextInitializer",
                RapportApplication.class.getClassLoader());
    }
}
