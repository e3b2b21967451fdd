package org.rapport.grader.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.grader.text.AnalyzedSentence;

/** The cue phrases of cue-lexicon.txt, matched on lemmas or lower-cased words. Immutable after loading. */
final class CueLexicon {
    static final CueLexicon DEFAULT = load("cue-lexicon.txt");

    /** A match of one phrase: its group and the tokens it covers (inclusive). */
    record Match(String group, int first, int last) {
    }

    private record Phrase(String group, String[] words) {
    }

    /** Phrases indexed by their first word, so matching a sentence is one map look-up per token. */
    private final Map<String, List<Phrase>> byFirstWord;

    private CueLexicon(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static CueLexicon load(String resource) {
        Map<String, List<Phrase>> index = new HashMap<>();
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cue lexicon " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0 || colon == line.length() - 1) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 'group: phrase' but got '" + line + "'");
                }
                String group = line.substring(0, colon).strip();
                String[] words = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT).split("\\s+");
                index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(group, words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueLexicon(index);
    }

    List<Match> matches(AnalyzedSentence s) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            addMatches(s, i, byFirstWord.get(s.lemmas()[i]), out);
            String lower = s.lower(i);
            if (!lower.equals(s.lemmas()[i])) {
                addMatches(s, i, byFirstWord.get(lower), out);
            }
        }
        return out;
    }

    private static void addMatches(AnalyzedSentence s, int start, List<Phrase> candidates, List<Match> out) {
        if (candidates == null) {
            return;
        }
        for (Phrase p : candidates) {
            int end = start + p.words().length - 1;
            if (end < s.size() && matchesAt(s, start, p.words())) {
                out.add(new Match(p.group(), start, end));
            }
        }
    }

    private static boolean matchesAt(AnalyzedSentence s, int start, String[] words) {
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            int i = start + k;
            if (!w.equals("*") && !w.equals(s.lemmas()[i]) && !w.equals(s.lower(i))) {
                return false;
            }
        }
        return true;
    }
}
