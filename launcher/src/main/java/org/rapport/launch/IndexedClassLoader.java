package org.rapport.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.springframework.boot.loader.launch.Archive;
import org.springframework.boot.loader.launch.LaunchedClassLoader;

/**
 * Spring Boot's class loader for the packaged jar, finding classes through a {@link PackageIndex}.
 *
 * <p>{@code URLClassLoader} looks a class up by trying the class path's entries (the application's classes and 164
 * nested jars) in order, making a URL and opening a connection for every one it tries: about 70 tries for each of the
 * 15,000 classes the application loads while it starts, and all 165 for every class that turns out to be absent
 * (Spring asks about many). A profile of the start put about a third of the main thread's time there. This loader
 * defines each class from the first jar, in the same class path order, that holds it, so what gets loaded is what
 * {@code URLClassLoader} would have loaded; it only skips the jars that cannot hold the name.
 *
 * <p>Classes are defined as {@code URLClassLoader} defines them from these URLs: with the nested jar's URL as code
 * source and no code signers, packages defined first from the jar's manifest by {@code JarUrlClassLoader}. Resource
 * lookups keep Spring Boot's URLs, so only lookups no jar can answer are cut short. When a class path entry is not a
 * jar (an unpacked application) or one is added later, nothing is indexed and every lookup goes the usual way.
 */
public class IndexedClassLoader extends LaunchedClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final JarFile[] jars;
    private final CodeSource[] sources;
    private volatile PackageIndex index;

    public IndexedClassLoader(boolean exploded, Archive rootArchive, URL[] urls, ClassLoader parent) {
        super(exploded, rootArchive, urls, parent);
        this.jars = new JarFile[urls.length];
        this.sources = new CodeSource[urls.length];
        this.index = exploded ? null : indexJars(urls);
    }

    /** For tests: a loader over plain jars, as the launcher makes it over nested ones. */
    IndexedClassLoader(URL[] urls, ClassLoader parent) {
        super(false, urls, parent);
        this.jars = new JarFile[urls.length];
        this.sources = new CodeSource[urls.length];
        this.index = indexJars(urls);
    }

    private PackageIndex indexJars(URL[] urls) {
        List<JarFile> opened = new ArrayList<>(urls.length);
        for (int i = 0; i < urls.length; i++) {
            JarFile jar = jarAt(urls[i]);
            if (jar == null) {
                return null;
            }
            jars[i] = jar;
            sources[i] = new CodeSource(urls[i], (CodeSigner[]) null);
            opened.add(jar);
        }
        return PackageIndex.of(opened);
    }

    /** The jar a class path URL points into, shared with Spring Boot's URL cache; null for anything else. */
    private static JarFile jarAt(URL url) {
        try {
            URLConnection connection = url.openConnection();
            return connection instanceof JarURLConnection jar ? jar.getJarFile() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether lookups go through the index (false for an unpacked application, or after a URL was added). */
    boolean indexed() {
        return index != null;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        PackageIndex current = index;
        if (current == null) {
            return super.findClass(name);
        }
        String path = name.replace('.', '/').concat(".class");
        for (int i : current.jarsFor(path)) {
            JarEntry entry = jars[i].getJarEntry(path);
            if (entry != null) {
                return define(name, i, entry);
            }
        }
        throw new ClassNotFoundException(name);
    }

    private Class<?> define(String name, int jar, JarEntry entry) throws ClassNotFoundException {
        byte[] bytes;
        try (InputStream in = jars[jar].getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && getDefinedPackage(name.substring(0, dot)) == null) {
            // loadClass defines the package before it asks findClass; this covers a caller that skipped it.
            definePackageIfNecessary(name);
        }
        return defineClass(name, bytes, 0, bytes.length, sources[jar]);
    }

    @Override
    public URL findResource(String name) {
        PackageIndex current = index;
        if (current != null && current.jarsFor(name).length == 0) {
            return null;
        }
        return super.findResource(name);
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        PackageIndex current = index;
        if (current != null && current.jarsFor(name).length == 0) {
            return Collections.emptyEnumeration();
        }
        return super.findResources(name);
    }

    @Override
    protected void addURL(URL url) {
        // The index describes the class path it was made from; a longer one is searched the usual way.
        index = null;
        super.addURL(url);
    }
}
