package org.rapport.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one YAML mapping, read with the file name and field path at hand so that every problem is
 * reported where an author can find it ("03-empathize.yaml line 40: lessons[1].scenarios[2].target: ...").
 * Problems are collected rather than thrown, so one start-up shows all of them.
 */
final class YamlFields {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z/!?]");
    private static final int MAX_TEXT = 12_000;

    private final String file;
    private final String path;
    private final Node node;
    private final List<String> problems;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    private YamlFields(String file, String path, Node node, List<String> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (key == null) {
                    problemAt(tuple.getKeyNode(), path, "field names must be plain words");
                } else if (entries.putIfAbsent(key, tuple.getValueNode()) != null) {
                    problemAt(tuple.getKeyNode(), join(key), "appears twice; keep one");
                }
            }
        }
    }

    /** The top of a file; reports a problem if it is not a mapping. */
    static YamlFields root(String file, Node node, List<String> problems) {
        YamlFields fields = new YamlFields(file, "", node, problems);
        if (!(node instanceof MappingNode)) {
            fields.problemAt(node, "(file)", "should be a set of fields such as 'id: ...' and 'title: ...'");
        }
        return fields;
    }

    String path() {
        return path;
    }

    /** File and field, for messages that point at another place. */
    String location() {
        return file + " " + path;
    }

    /** Reports a problem about this mapping as a whole, e.g. a rule across several fields. */
    void problem(String field, String message) {
        Node at = entries.getOrDefault(field, node);
        problemAt(at, join(field), message);
    }

    String text(String key) {
        Node value = entries.get(key);
        if (value == null) {
            problemAt(node, join(key), "is missing");
            return "";
        }
        return scalarText(value, join(key));
    }

    String slug(String key) {
        String value = text(key);
        if (!value.isEmpty() && !SLUG.matcher(value).matches()) {
            problemAt(entries.get(key), join(key),
                    "'" + value + "' should be lowercase letters, digits and single hyphens, e.g. 'asking-why'");
        }
        return value;
    }

    int integer(String key, int min, int max) {
        String value = text(key);
        if (value.isEmpty()) {
            return min;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problemAt(entries.get(key), join(key), "is " + n + "; it should lie between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            problemAt(entries.get(key), join(key), "'" + value + "' should be a whole number");
            return min;
        }
    }

    boolean bool(String key) {
        String value = text(key);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        if (!value.isEmpty()) {
            problemAt(entries.get(key), join(key), "'" + value + "' should be true or false");
        }
        return false;
    }

    YamlFields object(String key) {
        Node value = entries.get(key);
        if (value == null) {
            problemAt(node, join(key), "is missing");
        } else if (!(value instanceof MappingNode)) {
            problemAt(value, join(key), "should be a set of fields, each on its own indented line");
        }
        return new YamlFields(file, join(key), value == null ? node : value, problems);
    }

    /** A required list of mappings with between min and max items. */
    List<YamlFields> objects(String key, int min, int max) {
        List<YamlFields> result = new ArrayList<>();
        List<Node> items = items(key, min, max);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = join(key) + "[" + i + "]";
            if (!(item instanceof MappingNode)) {
                problemAt(item, itemPath, "should be a set of fields");
            }
            result.add(new YamlFields(file, itemPath, item, problems));
        }
        return result;
    }

    List<String> texts(String key, int min, int max) {
        List<String> result = new ArrayList<>();
        List<Node> items = items(key, min, max);
        for (int i = 0; i < items.size(); i++) {
            result.add(scalarText(items.get(i), join(key) + "[" + i + "]"));
        }
        return result;
    }

    /** Reports fields nobody reads: usually a misspelt name, which would otherwise be silently ignored. */
    void noOtherFields(Collection<String> known) {
        for (var entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problemAt(entry.getValue(), join(entry.getKey()),
                        "is not a field here; expected one of " + String.join(", ", known));
            }
        }
    }

    private List<Node> items(String key, int min, int max) {
        Node value = entries.get(key);
        if (value == null) {
            if (min > 0) {
                problemAt(node, join(key), "is missing");
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problemAt(value, join(key), "should be a list, each item starting with '- '");
            return List.of();
        }
        List<Node> items = sequence.getValue();
        if (items.size() < min || items.size() > max) {
            problemAt(value, join(key), "has " + items.size() + " items; it should have "
                    + (min == max ? String.valueOf(min) : min + " to " + max));
        }
        return items;
    }

    private String scalarText(Node value, String at) {
        if (!(value instanceof ScalarNode scalar)) {
            problemAt(value, at, "should be text, not a list or a set of fields");
            return "";
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            problemAt(value, at, "is empty");
        } else if (text.length() > MAX_TEXT) {
            problemAt(value, at, "is " + text.length() + " characters; keep it under " + MAX_TEXT);
        } else if (HTML.matcher(text).find()) {
            problemAt(value, at, "contains HTML; write plain text or Markdown");
        }
        return text;
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problemAt(Node at, String field, String message) {
        int line = at == null || at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
        problems.add(file + (line > 0 ? " line " + line : "") + ": " + field + " " + message);
    }
}
