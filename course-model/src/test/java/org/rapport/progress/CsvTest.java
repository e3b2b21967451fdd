package org.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(Csv.row(Arrays.asList("a,b", "say \"hi\"", "two\nlines", null, 3)))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_prefixed_so_it_stays_text() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-3)).isEqualTo("-3");
        assertThat(Csv.cell("-0.50")).isEqualTo("'-0.50");
    }

    @Test
    void a_formula_behind_a_semicolon_spaces_or_in_full_width_form_stays_text_too() {
        assertThat(Csv.cell(";=1+1")).isEqualTo("';=1+1");
        assertThat(Csv.cell("\u00A0=cmd|' /C calc'!A0")).isEqualTo("'\u00A0=cmd|' /C calc'!A0");
        assertThat(Csv.cell("\u2003+1")).isEqualTo("'\u2003+1");
        assertThat(Csv.cell("\uFF1DSUM(A1)")).isEqualTo("'\uFF1DSUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("Ana = Bo")).isEqualTo("Ana = Bo");
    }
}
