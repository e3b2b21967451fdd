package org.rapport.progress;

import java.util.List;

/** Writes CSV for spreadsheets: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
final class Csv {
    private Csv() {
    }

    static String row(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && startsLikeAFormula(text)) {
            // A name like "=HYPERLINK(...)" must stay text when the gradebook is opened in a spreadsheet.
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.startsWith(" ") || text.endsWith(" ")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * OWASP's list of formula triggers, also behind leading spaces of any kind (a spreadsheet may trim a
     * non-breaking space and then run what follows), and in their full-width forms, which some spreadsheets
     * read as the ASCII ones. A tab or carriage return first is neutralised too.
     */
    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i < text.length() && "=+-@;\uFF1D\uFF0B\uFF0D\uFF20\uFF1B".indexOf(text.charAt(i)) >= 0;
    }
}
