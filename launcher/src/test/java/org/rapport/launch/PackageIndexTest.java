package org.rapport.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageIndexTest {
    @TempDir
    Path folder;

    @Test
    void a_name_lives_in_the_folder_above_it_and_a_folder_entry_in_its_parent() {
        assertThat(PackageIndex.folderOf("org/rapport/launch/PackageIndex.class")).isEqualTo("org/rapport/launch");
        assertThat(PackageIndex.folderOf("org/rapport/launch/")).isEqualTo("org/rapport");
        assertThat(PackageIndex.folderOf("logback.xml")).isEmpty();
        assertThat(PackageIndex.folderOf("META-INF/")).isEmpty();
        assertThat(PackageIndex.folderOf("")).isEmpty();
    }

    @Test
    void jars_sharing_a_package_are_listed_in_class_path_order_and_others_not_at_all() throws Exception {
        TestJars jars = new TestJars(folder);
        Path first = jars.jar("first.jar").withResource("shared/a.txt", "a").withResource("only/first.txt", "f").write();
        Path second = jars.jar("second.jar").withResource("elsewhere/b.txt", "b").write();
        Path third = jars.jar("third.jar").withResource("shared/c.txt", "c").write();

        PackageIndex index = index(first, second, third);

        assertThat(index.jarsFor("shared/anything.class")).containsExactly(0, 2);
        assertThat(index.jarsFor("only/first.txt")).containsExactly(0);
        assertThat(index.jarsFor("elsewhere/b.txt")).containsExactly(1);
    }

    @Test
    void a_name_no_jar_can_hold_has_no_jars() throws Exception {
        PackageIndex index = index(new TestJars(folder).jar("one.jar").withResource("a/b/c.txt", "c").write());

        assertThat(index.jarsFor("a/x/Missing.class")).isEmpty();
        assertThat(index.jarsFor("com/example/Missing.class")).isEmpty();
    }

    @Test
    void a_multi_release_jar_is_listed_under_the_name_its_versioned_entries_answer_to() throws Exception {
        PackageIndex index = index(new TestJars(folder).jar("multi.jar")
                .withResource("META-INF/versions/17/only/in/versions/Impl.class", "not a class").write());

        assertThat(index.jarsFor("only/in/versions/Impl.class")).containsExactly(0);
        assertThat(index.jarsFor("META-INF/versions/17/only/in/versions/Impl.class")).containsExactly(0);
    }

    @Test
    void the_root_folder_holds_the_manifest_folder_and_root_level_files() throws Exception {
        PackageIndex index = index(new TestJars(folder).jar("root.jar").withResource("logback.xml", "<x/>").write());

        assertThat(index.jarsFor("logback.xml")).containsExactly(0);
        assertThat(index.jarsFor("absent-at-root.properties")).containsExactly(0);
    }

    private static PackageIndex index(Path... paths) throws Exception {
        List<JarFile> jars = new java.util.ArrayList<>();
        for (Path path : paths) {
            jars.add(new JarFile(path.toFile()));
        }
        try {
            return PackageIndex.of(jars);
        } finally {
            for (JarFile jar : jars) {
                jar.close();
            }
        }
    }
}
