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
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            // A name like "=HYPERLINK(...)" must stay text when the gradebook is opened in a spreadsheet.
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.startsWith(" ") || text.endsWith(" ")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
