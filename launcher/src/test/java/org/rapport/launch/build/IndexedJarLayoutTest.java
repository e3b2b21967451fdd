package org.rapport.launch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.launch.IndexedJarLauncher;
import org.springframework.boot.loader.tools.LoaderClassesWriter;

class IndexedJarLayoutTest {

    @Test
    void the_jar_starts_through_our_launcher() {
        assertThat(new IndexedJarLayoutFactory().getLayout(null).getLauncherClassName())
                .isEqualTo(IndexedJarLauncher.class.getName());
    }

    @Test
    void spring_boots_loader_and_every_launcher_class_go_into_the_jar_but_none_of_the_build_code() throws IOException {
        List<String> written = new ArrayList<>();
        boolean[] springLoader = {false};
        LoaderClassesWriter writer = new LoaderClassesWriter() {
            @Override
            public void writeLoaderClasses() {
                springLoader[0] = true;
            }

            @Override
            public void writeLoaderClasses(String loaderJarResourceName) {
                throw new AssertionError("not expected: " + loaderJarResourceName);
            }

            @Override
            public void writeEntry(String name, InputStream in) throws IOException {
                assertThat(in.readAllBytes()).as(name).isNotEmpty();
                written.add(name);
            }
        };

        new IndexedJarLayout().writeLoadedClasses(writer);

        assertThat(springLoader[0]).isTrue();
        assertThat(written).contains("org/rapport/launch/IndexedJarLauncher.class",
                "org/rapport/launch/IndexedClassLoader.class", "org/rapport/launch/PackageIndex.class");
        assertThat(written).allMatch(name -> name.startsWith("org/rapport/launch/") && name.endsWith(".class"))
                .noneMatch(name -> name.contains("/build/"));
    }
}
