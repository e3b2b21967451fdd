package org.rapport.grader.text;

import java.util.Locale;
import java.util.Map;

/**
 * Expands texting shorthand ("u", "dont", "idk") into the words the POS tagger and the features know.
 * Learners type fast; without this a lower-case reply written as a text message loses most of its cues.
 */
final class TextingNormalizer {
    private static final Map<String, String[]> EXPANSIONS = Map.ofEntries(
            Map.entry("u", new String[] {"you"}),
            Map.entry("ya", new String[] {"you"}),
            Map.entry("ur", new String[] {"your"}),
            Map.entry("r", new String[] {"are"}),
            Map.entry("im", new String[] {"I", "'m"}),
            Map.entry("ive", new String[] {"I", "'ve"}),
            Map.entry("youre", new String[] {"you", "'re"}),
            Map.entry("youve", new String[] {"you", "'ve"}),
            Map.entry("youll", new String[] {"you", "'ll"}),
            Map.entry("dont", new String[] {"do", "n't"}),
            Map.entry("doesnt", new String[] {"does", "n't"}),
            Map.entry("didnt", new String[] {"did", "n't"}),
            Map.entry("cant", new String[] {"ca", "n't"}),
            Map.entry("wont", new String[] {"wo", "n't"}),
            Map.entry("isnt", new String[] {"is", "n't"}),
            Map.entry("wouldnt", new String[] {"would", "n't"}),
            Map.entry("shouldnt", new String[] {"should", "n't"}),
            Map.entry("couldnt", new String[] {"could", "n't"}),
            Map.entry("thats", new String[] {"that", "'s"}),
            Map.entry("whats", new String[] {"what", "'s"}),
            Map.entry("lets", new String[] {"let", "'s"}),
            Map.entry("idk", new String[] {"I", "do", "n't", "know"}),
            Map.entry("tbh", new String[] {"to", "be", "honest"}),
            Map.entry("imo", new String[] {"in", "my", "opinion"}),
            Map.entry("pls", new String[] {"please"}),
            Map.entry("plz", new String[] {"please"}),
            Map.entry("thx", new String[] {"thanks"}),
            Map.entry("bc", new String[] {"because"}),
            Map.entry("cuz", new String[] {"because"}),
            Map.entry("coz", new String[] {"because"}),
            Map.entry("ppl", new String[] {"people"}),
            Map.entry("abt", new String[] {"about"}),
            Map.entry("w/", new String[] {"with"}),
            Map.entry("gotta", new String[] {"got", "to"}),
            Map.entry("gonna", new String[] {"going", "to"}),
            Map.entry("wanna", new String[] {"want", "to"}),
            Map.entry("kinda", new String[] {"kind", "of"}),
            Map.entry("sorta", new String[] {"sort", "of"}));

    private TextingNormalizer() {
    }

    /** The tokens a written token stands for, or null when it needs no expansion. */
    static String[] expand(String token) {
        return EXPANSIONS.get(token.toLowerCase(Locale.ROOT));
    }
}
