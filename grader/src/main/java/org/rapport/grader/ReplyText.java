package org.rapport.grader;

/** Checks that a reply is gradable text and makes it safe for the pipeline, with messages for the writer. */
final class ReplyText {
    private ReplyText() {
    }

    /**
     * Returns the reply with control characters turned into spaces, or refuses it.
     *
     * @param maxChars the longest reply accepted
     */
    static String check(String reply, int maxChars) {
        if (reply == null || reply.isBlank()) {
            throw new ReplyRejectedException("The reply is empty: write what you would say to the client.");
        }
        if (reply.length() > maxChars) {
            throw new ReplyRejectedException("The reply is " + reply.length() + " characters long; the limit is "
                    + maxChars + ". A spoken reply is rarely longer than a few sentences: shorten it.");
        }
        int control = 0;
        StringBuilder clean = new StringBuilder(reply.length());
        for (int i = 0; i < reply.length(); i++) {
            char c = reply.charAt(i);
            boolean allowedWhitespace = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !allowedWhitespace) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                control++;
                clean.append(' ');
            } else {
                clean.append(c);
            }
        }
        // A few stray control characters come from copy and paste; many mean the input is not text at all.
        if (control > 0 && (reply.indexOf('\0') >= 0 || control * 20 > reply.length())) {
            throw new ReplyRejectedException(
                    "The reply does not look like text (it contains binary or control characters): type or paste plain text.");
        }
        String result = clean.toString();
        if (result.codePoints().noneMatch(Character::isLetter)) {
            throw new ReplyRejectedException("The reply has no words in it: write what you would say to the client.");
        }
        return result;
    }
}
