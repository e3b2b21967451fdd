package org.rapport.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedClassLoaderTest {
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    @TempDir
    Path folder;

    private final List<AutoCloseable> open = new java.util.ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void a_class_is_defined_from_the_jar_holding_its_package_with_that_jar_as_code_source() throws Exception {
        TestJars jars = new TestJars(folder);
        Path alpha = jars.jar("alpha.jar").withClass("com.example.alpha.Greeting", "from alpha").write();
        Path beta = jars.jar("beta.jar").withClass("com.example.beta.Farewell", "from beta").write();
        IndexedClassLoader loader = indexed(alpha, beta);

        Class<?> farewell = loader.loadClass("com.example.beta.Farewell");

        assertThat(loader.indexed()).isTrue();
        assertThat(farewell.getClassLoader()).isSameAs(loader);
        assertThat(says(loader, "com.example.beta.Farewell")).isEqualTo("from beta");
        assertThat(farewell.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(TestJars.jarUrl(beta));
        assertThat(farewell.getProtectionDomain().getCodeSource().getCodeSigners()).isNull();
    }

    @Test
    void when_two_jars_hold_the_same_class_the_first_on_the_class_path_wins_as_with_url_class_loader()
            throws Exception {
        TestJars jars = new TestJars(folder);
        Path early = jars.jar("early.jar").withClass("com.example.Twin", "early").write();
        Path late = jars.jar("late.jar").withClass("com.example.Twin", "late")
                .withClass("com.example.OnlyLate", "only late").write();
        Both both = both(early, late);

        for (String name : List.of("com.example.Twin", "com.example.OnlyLate")) {
            assertThat(says(both.indexed(), name)).isEqualTo(says(both.standard(), name));
        }
        assertThat(says(both.indexed(), "com.example.Twin")).isEqualTo("early");
    }

    @Test
    void a_class_no_jar_holds_is_not_found_whether_or_not_its_package_exists() throws Exception {
        IndexedClassLoader loader = indexed(new TestJars(folder).jar("one.jar")
                .withClass("com.example.Present", "here").write());

        assertThatThrownBy(() -> loader.loadClass("com.example.Absent")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("org.nowhere.Absent")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void the_package_is_defined_from_the_manifest_of_the_jar_that_holds_it() throws Exception {
        IndexedClassLoader loader = indexed(new TestJars(folder).jar("titled.jar").withImplementationTitle("Titled")
                .withClass("com.example.titled.Thing", "thing").write());

        Package pkg = loader.loadClass("com.example.titled.Thing").getPackage();

        assertThat(pkg.getName()).isEqualTo("com.example.titled");
        assertThat(pkg.getImplementationTitle()).isEqualTo("Titled");
    }

    @Test
    void resources_are_found_and_listed_as_url_class_loader_finds_them_and_absent_ones_are_not() throws Exception {
        TestJars jars = new TestJars(folder);
        Path first = jars.jar("first.jar").withResource("config/app.properties", "first").write();
        Path second = jars.jar("second.jar").withResource("config/app.properties", "second")
                .withResource("config/extra.properties", "extra").write();
        Both both = both(first, second);
        IndexedClassLoader loader = both.indexed();
        URLClassLoader standard = both.standard();

        assertThat(loader.getResource("config/app.properties")).isEqualTo(standard.getResource("config/app.properties"));
        assertThat(text(loader.getResource("config/app.properties"))).isEqualTo("first");
        assertThat(Collections.list(loader.getResources("config/app.properties")))
                .isEqualTo(Collections.list(standard.getResources("config/app.properties"))).hasSize(2);
        assertThat(loader.getResource("config/extra.properties")).isNotNull();
        assertThat(loader.getResource("config/missing.properties")).isNull();
        assertThat(loader.getResource("nowhere/missing.properties")).isNull();
        assertThat(Collections.list(loader.getResources("nowhere/missing.properties"))).isEmpty();
    }

    @Test
    void after_a_jar_is_added_to_the_class_path_lookups_go_the_usual_way_and_find_it() throws Exception {
        TestJars jars = new TestJars(folder);
        Path first = jars.jar("first.jar").withClass("com.example.First", "first").write();
        Path added = jars.jar("added.jar").withClass("com.example.added.Later", "later").write();
        IndexedClassLoader loader = indexed(first);

        loader.addURL(TestJars.jarUrl(added));

        assertThat(loader.indexed()).isFalse();
        assertThat(says(loader, "com.example.added.Later")).isEqualTo("later");
        assertThat(says(loader, "com.example.First")).isEqualTo("first");
    }

    @Test
    void a_class_path_entry_that_is_not_a_jar_turns_the_index_off() throws Exception {
        Path classes = folder.resolve("classes");
        java.nio.file.Files.createDirectories(classes);
        Path jar = new TestJars(folder).jar("one.jar").withClass("com.example.InJar", "in jar").write();

        IndexedClassLoader loader = new IndexedClassLoader(new URL[] {classes.toUri().toURL(), TestJars.jarUrl(jar)},
                PLATFORM);
        open.add(loader);

        assertThat(loader.indexed()).isFalse();
        assertThat(says(loader, "com.example.InJar")).isEqualTo("in jar");
    }

    private IndexedClassLoader indexed(Path... jars) {
        IndexedClassLoader loader = new IndexedClassLoader(urls(jars), PLATFORM);
        open.add(loader);
        return loader;
    }

    /** Our loader and the JDK's over the same jars, to compare what each finds. */
    private Both both(Path... jars) {
        URLClassLoader standard = new URLClassLoader(urls(jars), PLATFORM);
        open.add(standard);
        return new Both(indexed(jars), standard);
    }

    private record Both(IndexedClassLoader indexed, URLClassLoader standard) {
    }

    private static URL[] urls(Path... jars) {
        return java.util.Arrays.stream(jars).map(TestJars::jarUrl).toArray(URL[]::new);
    }

    /** What a new instance of the class, as the loader defines it, says (the test classes answer with their jar). */
    private static String says(ClassLoader loader, String name) throws Exception {
        return loader.loadClass(name).getDeclaredConstructor().newInstance().toString();
    }

    private static String text(URL url) throws Exception {
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
