package org.rapport.launch;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * For each folder that holds entries (a package, for classes), which jars of a class path hold entries in it, in
 * class path order. A class or resource can only be in those jars, so a lookup opens one or two jars instead of
 * trying every one of them in turn, and a name no jar can hold is answered at once.
 */
final class PackageIndex {
    private static final String VERSIONS = "META-INF/versions/";
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> folders;

    private PackageIndex(Map<String, int[]> folders) {
        this.folders = folders;
    }

    /** Reads the entry names of each jar, in class path order. */
    static PackageIndex of(List<JarFile> jars) {
        Map<String, int[]> folders = new HashMap<>(4096);
        for (int i = 0; i < jars.size(); i++) {
            for (String folder : foldersOf(jars.get(i))) {
                int[] before = folders.get(folder);
                if (before == null) {
                    folders.put(folder, new int[] {i});
                } else {
                    int[] after = Arrays.copyOf(before, before.length + 1);
                    after[before.length] = i;
                    folders.put(folder, after);
                }
            }
        }
        return new PackageIndex(folders);
    }

    private static Set<String> foldersOf(JarFile jar) {
        Set<String> folders = new HashSet<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(VERSIONS)) {
                // A multi-release jar answers for META-INF/versions/N/a/B.class under the name a/B.class, so the
                // index lists the jar under the folder the name is asked for.
                int end = name.indexOf('/', VERSIONS.length());
                if (end > 0) {
                    folders.add(folderOf(name.substring(end + 1)));
                }
            }
            folders.add(folderOf(name));
        }
        return folders;
    }

    /**
     * The folder an entry or resource name lives in: {@code a/b} for {@code a/b/C.class} and for the folder entry
     * {@code a/b/c/}, the empty string for names at the root.
     */
    static String folderOf(String name) {
        int end = name.endsWith("/") ? name.length() - 1 : name.length();
        int slash = name.lastIndexOf('/', end - 1);
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** The positions, in class path order, of the jars that hold entries in the folder of {@code name}. */
    int[] jarsFor(String name) {
        return folders.getOrDefault(folderOf(name), NONE);
    }

    int folderCount() {
        return folders.size();
    }
}
