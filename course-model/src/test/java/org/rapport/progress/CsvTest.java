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
}
