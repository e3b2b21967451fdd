package org.rapport.grader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command line: a command, options with values ("--data a b"), and flags ("--errors"). */
record Options(String command, Map<String, List<String>> values, Set<String> flags) {
    private static final Set<String> FLAGS = Set.of("errors");

    static Options parse(String[] args) {
        Map<String, List<String>> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        String current = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (FLAGS.contains(name)) {
                    flags.add(name);
                    current = null;
                } else {
                    current = name;
                    values.computeIfAbsent(name, k -> new ArrayList<>());
                }
            } else if (current == null) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            } else {
                values.get(current).add(a);
            }
        }
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("--" + e.getKey() + " needs a value");
            }
        }
        return new Options(args[0], values, flags);
    }

    String single(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v.size() > 1) {
            throw new IllegalArgumentException("--" + name + " takes one value");
        }
        return v.get(0);
    }

    String required(String name) {
        String v = single(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    List<Path> paths(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v.stream().map(Path::of).toList();
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
