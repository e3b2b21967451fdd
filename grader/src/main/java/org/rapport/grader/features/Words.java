package org.rapport.grader.features;

import java.util.Set;

import org.rapport.grader.text.AnalyzedSentence;

/** Small word classes shared by the generators. */
final class Words {
    /** Openers that carry no move of their own and hide the verb that does ("so, just take it"). */
    static final Set<String> FILLERS = Set.of("so", "well", "ok", "okay", "oh", "um", "uh", "hmm", "and",
            "like", "yeah", "yes", "right", "look", "listen", "honestly", "please", "just", "now", "hey",
            "alright", "mate", "dear", "hon", "sweetie", "then");
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "u", "ya", "ur");
    static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    static final Set<String> WH = Set.of("what", "how", "why", "when", "where", "who", "which", "whats");
    static final Set<String> MODALS = Set.of("should", "must", "need", "have", "ought", "could", "can", "would",
            "will", "might", "may", "shall", "got", "gotta", "better");
    static final Set<String> CONTRAST = Set.of("but", "however", "though", "although", "yet", "still",
            "nevertheless", "anyway");
    static final Set<String> STOP = Set.of("the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "it",
            "be", "is", "that", "this", "for", "with", "i", "you", "me", "my", "your", "we", "do", "not",
            "have", "so", "just", "what", "about", "there", "they", "them", "he", "she", "his", "her", "if",
            "would", "can", "will", "but", "all", "get", "like", "as", "was", "are", "am", "'s", "n't", "'m");

    private Words() {
    }

    static boolean isWord(AnalyzedSentence s, int i) {
        String tag = s.tags()[i];
        return !"PUNCT".equals(tag) && !"SYM".equals(tag);
    }

    /** Index of the first token that is neither punctuation nor a filler, or -1. */
    static int firstContent(AnalyzedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (isWord(s, i) && !FILLERS.contains(s.lower(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first word token, or -1. */
    static int firstWord(AnalyzedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (isWord(s, i)) {
                return i;
            }
        }
        return -1;
    }

    static boolean endsWithQuestionMark(AnalyzedSentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            String t = s.tokens()[i];
            if (t.contains("?")) {
                return true;
            }
            if (isWord(s, i)) {
                return false;
            }
        }
        return false;
    }
}
