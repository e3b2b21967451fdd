package org.rapport.grader;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the content lemmas of recent prompts. A course has a few dozen scenarios, so the same client
 * statement comes back with nearly every reply; analysing it anew cost about as much as analysing the reply
 * itself. Callers of the API may send any prompt, so the memo is bounded: when full it starts over, which
 * keeps it simple and lock-free and costs one re-analysis per prompt after a reset.
 */
final class PromptMemo {
    private final int capacity;
    private final Function<String, Optional<Set<String>>> analyse;
    private final ConcurrentHashMap<String, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    PromptMemo(int capacity, Function<String, Optional<Set<String>>> analyse) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a prompt memo holds at least one prompt");
        }
        this.capacity = capacity;
        this.analyse = analyse;
    }

    /** The lemmas of this prompt, or empty when the prompt is not text the grader can use. */
    Optional<Set<String>> lemmas(String prompt) {
        Optional<Set<String>> hit = known.get(prompt);
        if (hit != null) {
            return hit;
        }
        Optional<Set<String>> fresh = analyse.apply(prompt);
        if (known.size() >= capacity) {
            known.clear();
        }
        known.putIfAbsent(prompt, fresh);
        return fresh;
    }

    int size() {
        return known.size();
    }
}
