package org.rapport.launch.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.springframework.boot.loader.tools.CustomLoaderLayout;
import org.springframework.boot.loader.tools.Layouts;
import org.springframework.boot.loader.tools.LoaderClassesWriter;

/**
 * Spring Boot's jar layout (BOOT-INF/classes, BOOT-INF/lib, the class path index) with our launcher: the jar's root
 * gets Spring Boot's loader classes and the classes of the {@code org.rapport.launch} package beside them.
 */
class IndexedJarLayout extends Layouts.Jar implements CustomLoaderLayout {
    // Names, not class literals: the launcher extends Spring Boot's JarLauncher, which the Maven plugin running
    // this code does not have.
    static final String LAUNCHER = "org.rapport.launch.IndexedJarLauncher";
    static final String LAUNCHER_FOLDER = "org/rapport/launch/";

    @Override
    public String getLauncherClassName() {
        return LAUNCHER;
    }

    @Override
    public void writeLoadedClasses(LoaderClassesWriter writer) throws IOException {
        writer.writeLoaderClasses();
        for (String entry : launcherClasses()) {
            try (InputStream in = IndexedJarLayout.class.getClassLoader().getResourceAsStream(entry)) {
                if (in == null) {
                    throw new IOException("The launcher class " + entry + " is not on the plugin's class path.");
                }
                writer.writeEntry(entry, in);
            }
        }
    }

    /**
     * The class files of the launcher package (not its subpackages, which hold this build-time code), read from
     * wherever this module's classes are (they travel together): its jar, or its classes folder in an IDE.
     */
    static List<String> launcherClasses() throws IOException {
        Path location;
        try {
            location = Path.of(IndexedJarLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot tell where the launcher classes are", e);
        }
        List<String> classes = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(LAUNCHER_FOLDER))) {
                files.map(file -> LAUNCHER_FOLDER + file.getFileName()).filter(IndexedJarLayout::isLauncherClass)
                        .forEach(classes::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (isLauncherClass(name)) {
                        classes.add(name);
                    }
                }
            }
        }
        classes.sort(null);
        return classes;
    }

    private static boolean isLauncherClass(String entry) {
        return entry.startsWith(LAUNCHER_FOLDER) && entry.endsWith(".class")
                && entry.indexOf('/', LAUNCHER_FOLDER.length()) < 0;
    }
}
