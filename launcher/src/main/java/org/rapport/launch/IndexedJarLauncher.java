package org.rapport.launch;

import java.net.URL;
import java.net.URLClassLoader;
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
        // Spring Boot's own loader settles the class path (its order comes from BOOT-INF/classpath.idx); ours gets
        // exactly the same URLs. Spring Boot's is only asked for them and then dropped, not closed: closing could
        // close jars that Spring Boot's URL cache shares with ours.
        URL[] classPath = ((URLClassLoader) super.createClassLoader(urls)).getURLs();
        return new IndexedClassLoader(isExploded(), getArchive(), classPath, getClass().getClassLoader());
    }

    public static void main(String[] args) throws Exception {
        new IndexedJarLauncher().launch(args);
    }
}
