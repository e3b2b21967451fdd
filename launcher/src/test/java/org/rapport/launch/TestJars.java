package org.rapport.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Small jars made for a test: compiled classes, plain resources and a manifest, with a folder entry for each folder
 * as jar tools write them (Spring Boot's class loader defines a package from the manifest only when the jar has one).
 */
final class TestJars {
    private final Path folder;

    TestJars(Path folder) {
        this.folder = folder;
    }

    /** A jar builder; {@link Jar#write()} compiles the sources and writes the jar under the test's folder. */
    Jar jar(String name) {
        return new Jar(folder.resolve(name));
    }

    /** The class path URL form the packaged application uses ({@code jar:...!/}), which needs a jar connection. */
    static URL jarUrl(Path jar) {
        try {
            return new URL("jar:" + jar.toUri() + "!/");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    final class Jar {
        private final Path path;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, String> resources = new LinkedHashMap<>();
        private String title;

        private Jar(Path path) {
            this.path = path;
        }

        /** A class {@code name} whose {@code toString()} answers {@code says}. */
        Jar withClass(String name, String says) {
            int dot = name.lastIndexOf('.');
            String simple = name.substring(dot + 1);
            String pkg = dot < 0 ? "" : "package " + name.substring(0, dot) + ";\n";
            sources.put(name, pkg + "public class " + simple + " { public String toString() { return \"" + says
                    + "\"; } }\n");
            return this;
        }

        Jar withResource(String name, String text) {
            resources.put(name, text);
            return this;
        }

        Jar withImplementationTitle(String title) {
            this.title = title;
            return this;
        }

        Path write() throws IOException {
            Path classes = Files.createTempDirectory(folder, "classes");
            compile(classes);
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (title != null) {
                manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, title);
            }
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path), manifest)) {
                java.util.Set<String> folders = new java.util.HashSet<>();
                for (String name : sources.keySet()) {
                    String entry = name.replace('.', '/') + ".class";
                    put(out, entry, Files.readAllBytes(classes.resolve(entry)), folders);
                }
                for (var resource : resources.entrySet()) {
                    put(out, resource.getKey(), resource.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            folders);
                }
            }
            return path;
        }

        private void compile(Path classes) throws IOException {
            if (sources.isEmpty()) {
                return;
            }
            Path src = Files.createTempDirectory(folder, "src");
            List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
            for (var source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("test sources did not compile");
            }
        }

        private static void put(JarOutputStream out, String name, byte[] bytes, java.util.Set<String> folders)
                throws IOException {
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                String folder = name.substring(0, slash + 1);
                if (folders.add(folder)) {
                    out.putNextEntry(new JarEntry(folder));
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry(name));
            OutputStream stream = out;
            stream.write(bytes);
            out.closeEntry();
        }
    }
}
