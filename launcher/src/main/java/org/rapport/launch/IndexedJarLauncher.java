package org.rapport.launch;

import java.net.URL;
import java.util.Collection;

import org.springframework.boot.loader.launch.JarLauncher;

/**
 * The {@code Main-Class} of {@code rapport.jar}: Spring Boot's {@link JarLauncher}, running the application in an
 * {@link IndexedClassLoader}. Everything else (the class path and its order, the start class, jar modes such as
 * {@code -Djarmode=tools}) is Spring Boot's.
 */
public class IndexedJarLauncher extends JarLauncher {

    public IndexedJarLauncher() throws Exception {
    }

    @Override
    protected ClassLoader createClassLoader(Collection<URL> urls) throws Exception {
        // The URLs come in class path order (JarLauncher read it from BOOT-INF/classpath.idx); Spring Boot's own
        // createClassLoader would hand the same array and parent to a LaunchedClassLoader.
        return new IndexedClassLoader(isExploded(), getArchive(), urls.toArray(new URL[0]),
                getClass().getClassLoader());
    }

    public static void main(String[] args) throws Exception {
        new IndexedJarLauncher().launch(args);
    }
}
