package org.rapport.grader.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.rapport.grader.Move;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus: one JSON object per line in {@code *.jsonl} files, one file per client situation.
 * A corpus folder may hold {@code heldout.txt}, the situations and writers that training never sees while a
 * model is measured ({@link HeldOut}).
 */
public final class Corpus {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<CorpusExample> examples;

    private Corpus(List<CorpusExample> examples) {
        this.examples = List.copyOf(examples);
    }

    /** A corpus of examples already read (a subset, or lines from elsewhere). */
    public static Corpus of(List<CorpusExample> examples) {
        return new Corpus(examples);
    }

    public List<CorpusExample> examples() {
        return examples;
    }

    /** Reads files and folders (every *.jsonl directly inside a folder), in name order. */
    public static Corpus load(List<Path> paths) {
        List<CorpusExample> all = new ArrayList<>();
        for (Path file : jsonlFiles(paths)) {
            all.addAll(readFile(file));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no labelled replies found in " + paths);
        }
        return new Corpus(all);
    }

    static List<Path> jsonlFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException(path + " does not exist");
            }
        }
        return files;
    }

    private static List<CorpusExample> readFile(Path file) {
        String name = file.getFileName().toString();
        String situation = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<CorpusExample> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            out.add(parse(situation, file + ":" + (i + 1), line));
        }
        return out;
    }

    static CorpusExample parse(String situation, String source, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": not a JSON object");
        }
        String response = text(node, "response", source, true);
        Move label;
        try {
            label = Move.fromLabel(text(node, "label", source, true));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
        List<Move> moves = new ArrayList<>();
        JsonNode movesNode = node.get("moves");
        if (movesNode != null && !movesNode.isNull()) {
            if (!movesNode.isArray()) {
                throw new IllegalArgumentException(source + ": moves must be a list of moves");
            }
            for (JsonNode m : movesNode) {
                try {
                    moves.add(Move.fromLabel(m.asString()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ": moves: " + e.getMessage());
                }
            }
            if (moves.contains(Move.JUDGING) && label != Move.JUDGING) {
                throw new IllegalArgumentException(source + ": a sentence judges, so the reply's label must be judging");
            }
        }
        // A file gathering several situations (an export of supervisors' corrections) names each line's own.
        String named = text(node, "situation", source, false);
        return new CorpusExample(named == null || named.isBlank() ? situation : named, source,
                text(node, "prompt", source, false), response, label, moves,
                text(node, "writer", source, false), text(node, "kind", source, false));
    }

    /**
     * One corpus line for an example, in the format {@link #read} takes, naming its situation so that lines of
     * several situations can share a file.
     *
     * @param extra further fields to record (ignored by training), such as where a correction came from
     */
    public static String line(CorpusExample example, Map<String, ?> extra) {
        ObjectNode node = JSON.createObjectNode();
        if (example.prompt() != null) {
            node.put("prompt", example.prompt());
        }
        node.put("response", example.response());
        node.put("label", example.label().label());
        ArrayNode moves = node.putArray("moves");
        example.moves().forEach(m -> moves.add(m.label()));
        if (example.writer() != null) {
            node.put("writer", example.writer());
        }
        if (example.kind() != null) {
            node.put("kind", example.kind());
        }
        node.put("situation", example.situation());
        extra.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
        return JSON.writeValueAsString(node);
    }

    private static String text(JsonNode node, String field, String source, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(source + ": field '" + field + "' is missing");
            }
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(source + ": field '" + field + "' must be text");
        }
        String text = value.asString();
        if (required && text.isBlank()) {
            throw new IllegalArgumentException(source + ": field '" + field + "' is empty");
        }
        return text;
    }

    /** The replies held out of training (or, with {@code keep} false, the ones training may see). */
    public Corpus heldOut(HeldOut split, boolean keep) {
        return new Corpus(examples.stream().filter(e -> split.contains(e) == keep).toList());
    }

    public Set<String> situations() {
        Set<String> names = new TreeSet<>();
        examples.forEach(e -> names.add(e.situation()));
        return names;
    }
}
