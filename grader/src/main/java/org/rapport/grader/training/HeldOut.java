package org.rapport.grader.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What training never sees while a model is being measured: whole client situations and whole writers,
 * named in a corpus folder's {@value #FILE} (a situation per line, {@code writer: NAME} for a writer).
 * A reply is held out when its situation or its writer is; the model card's headline figure is measured on
 * those replies. The shipped model, trained after evaluation, sees everything.
 *
 * @param situations situations training never sees
 * @param writers    writers training never sees
 */
public record HeldOut(Set<String> situations, Set<String> writers) {
    public static final String FILE = "heldout.txt";
    private static final String WRITER_PREFIX = "writer:";

    public HeldOut {
        situations = Set.copyOf(situations);
        writers = Set.copyOf(writers);
    }

    /** Where a reply stands with respect to the split. */
    public enum Part {
        TRAINING("training"),
        NEW_SITUATION("held-out situation, known writer"),
        NEW_WRITER("held-out writer, known situation"),
        NEW_WRITER_AND_SITUATION("held-out writer and situation");

        private final String description;

        Part(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static HeldOut none() {
        return new HeldOut(Set.of(), Set.of());
    }

    /** Only the situations: the split of the first corpus, reported beside the headline. */
    public HeldOut situationsOnly() {
        return new HeldOut(situations, Set.of());
    }

    public Part part(CorpusExample e) {
        boolean situation = situations.contains(e.situation());
        boolean writer = e.writer() != null && writers.contains(e.writer());
        return situation && writer ? Part.NEW_WRITER_AND_SITUATION
                : situation ? Part.NEW_SITUATION : writer ? Part.NEW_WRITER : Part.TRAINING;
    }

    public boolean contains(CorpusExample e) {
        return part(e) != Part.TRAINING;
    }

    /** The union of the held-out sets of several corpus folders; folders without the file add nothing. */
    public static HeldOut of(Collection<Path> paths) {
        Set<String> situations = new TreeSet<>();
        Set<String> writers = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                HeldOut h = read(p);
                situations.addAll(h.situations());
                writers.addAll(h.writers());
            }
        }
        return new HeldOut(situations, writers);
    }

    /** Reads a corpus folder's {@value #FILE}; nothing is held out when there is none. */
    public static HeldOut read(Path corpusDir) {
        Path file = corpusDir.resolve(FILE);
        Set<String> situations = new TreeSet<>();
        Set<String> writers = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.startsWith(WRITER_PREFIX)) {
                    writers.add(name.substring(WRITER_PREFIX.length()).strip());
                } else if (!Files.isRegularFile(corpusDir.resolve(name + ".jsonl"))) {
                    throw new IllegalArgumentException(file + ": no corpus file for held-out situation '" + name + "'");
                } else {
                    situations.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new HeldOut(situations, writers);
    }
}
