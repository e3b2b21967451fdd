package org.rapport.grader.features;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * POS patterns that carry the move regardless of the exact words: an imperative verb up front, who is the
 * subject of which verb ("you + should", "we + could", "I + hear"), and the tag shape of the opening.
 */
public class SyntaxFeatures extends RapportFeature {
    @Override
    public String family() {
        return "pos-patterns";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        int start = Words.firstContent(s);
        if (start < 0) {
            return;
        }
        imperative(s, start, sink);
        imperativeAfterClause(s, start, sink);
        int w0 = Words.firstWord(s);
        sink.add("p0=" + s.tags()[w0], w0, w0);
        int w1 = nextWord(s, w0);
        if (w1 >= 0) {
            sink.add("p01=" + s.tags()[w0] + "_" + s.tags()[w1], w0, w1);
        }
        int you = 0;
        int we = 0;
        int me = 0;
        for (int i = 0; i < s.size(); i++) {
            String lower = s.lower(i);
            String tag = s.tags()[i];
            if (Words.SECOND_PERSON.contains(lower)) {
                you++;
            } else if (Words.FIRST_PLURAL.contains(lower) || ("let".equals(lower) && i + 1 < s.size() && "'s".equals(s.lower(i + 1)))) {
                we++;
            } else if (Words.FIRST_SINGULAR.contains(lower)) {
                me++;
            }
            if ("PRON".equals(tag)) {
                subjectVerb(s, i, sink);
            }
            if ("AUX".equals(tag) || Words.MODALS.contains(s.lemmas()[i])) {
                int next = nextWord(s, i);
                if (next >= 0 && ("n't".equals(s.lower(next)) || "not".equals(s.lower(next)))) {
                    int after = nextWord(s, next);
                    if (after >= 0 && Words.SECOND_PERSON.contains(s.lower(after))) {
                        sink.add("neg-aux+you", i, after);
                    }
                }
            }
        }
        sink.add("you=" + bucket(you));
        sink.add("we=" + bucket(we));
        sink.add("i=" + bucket(me));
        if (you > 0 && me == 0 && we == 0) {
            sink.add("only-you");
        }
    }

    private static void imperative(AnalyzedSentence s, int start, FeatureSink sink) {
        String tag = s.tags()[start];
        String lower = s.lower(start);
        boolean baseVerb = "VERB".equals(tag) && s.lemmas()[start].equals(lower);
        int next = nextWord(s, start);
        boolean negated = ("do".equals(lower) || "don't".equals(lower)) && next >= 0
                && ("n't".equals(s.lower(next)) || "not".equals(s.lower(next)));
        boolean followedBySubject = next >= 0 && "PRON".equals(s.tags()[next]) && !"it".equals(s.lower(next))
                && !"me".equals(s.lower(next)) && !"us".equals(s.lower(next)) && !"them".equals(s.lower(next))
                && !"yourself".equals(s.lower(next));
        if ((baseVerb && !followedBySubject && !"let".equals(lower)) || negated) {
            int verb = negated && nextWord(s, next) >= 0 ? nextWord(s, next) : start;
            sink.add("imperative", Math.max(0, start - 1), verb);
            sink.add("imperative=" + s.lemmas()[verb], verb, verb);
        }
        if ("let".equals(lower) && next >= 0 && ("'s".equals(s.lower(next)) || "us".equals(s.lower(next)))) {
            sink.add("lets", start, next);
        }
    }

    /**
     * An order after a reflection in the same sentence: "you're tired of it, so tell your doctor" or "..., and
     * go back on Monday": a base-form verb straight after "so", "and", "then", "just" or a comma, with no
     * subject of its own.
     */
    private static void imperativeAfterClause(AnalyzedSentence s, int start, FeatureSink sink) {
        for (int i = start + 1; i < s.size(); i++) {
            String lower = s.lower(i);
            if (!"VERB".equals(s.tags()[i]) || !s.lemmas()[i].equals(lower) || "let".equals(lower)) {
                continue;
            }
            String before = s.lower(i - 1);
            if (CLAUSE_JOINS.contains(before)) {
                int next = nextWord(s, i);
                boolean followedBySubject = next >= 0 && "PRON".equals(s.tags()[next])
                        && Words.SECOND_PERSON.contains(s.lower(next)) || next >= 0 && "i".equals(s.lower(next));
                if (!followedBySubject) {
                    sink.add("imperative-mid", i - 1, i);
                    return;
                }
            }
        }
    }

    private static final java.util.Set<String> CLAUSE_JOINS = java.util.Set.of("so", "and", "then", "just", ",", "but");

    private static void subjectVerb(AnalyzedSentence s, int pron, FeatureSink sink) {
        String subject = s.lower(pron);
        if (!subject.equals("you") && !subject.equals("we") && !subject.equals("i") && !subject.equals("it")
                && !subject.equals("that") && !subject.equals("anyone") && !subject.equals("anybody")) {
            return;
        }
        // The first one or two verbs after the subject: "you should go" gives you+should and you+go.
        int seen = 0;
        for (int i = pron + 1; i < s.size() && i <= pron + 4 && seen < 2; i++) {
            String tag = s.tags()[i];
            if ("VERB".equals(tag) || "AUX".equals(tag)) {
                sink.add("sv=" + subject + "+" + s.lemmas()[i], pron, i);
                seen++;
            } else if (!"ADV".equals(tag) && !"PART".equals(tag)) {
                break;
            }
        }
    }

    static int nextWord(AnalyzedSentence s, int from) {
        for (int i = from + 1; i < s.size(); i++) {
            if (Words.isWord(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n == 1 ? "1" : "2+";
    }
}
