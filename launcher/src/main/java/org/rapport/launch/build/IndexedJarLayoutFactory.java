package org.rapport.launch.build;

import java.io.File;

import org.springframework.boot.loader.tools.Layout;
import org.springframework.boot.loader.tools.LayoutFactory;

/**
 * Used by spring-boot-maven-plugin's {@code repackage} (web-ui's pom names it): Spring Boot's executable jar layout,
 * started by {@code org.rapport.launch.IndexedJarLauncher}.
 */
public class IndexedJarLayoutFactory implements LayoutFactory {

    @Override
    public Layout getLayout(File source) {
        return new IndexedJarLayout();
    }
}
