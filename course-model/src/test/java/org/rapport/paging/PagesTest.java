package org.rapport.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

class PagesTest {
    private static final List<Integer> ROWS = IntStream.range(0, 1000).boxed().toList();
    private final List<Pageable> asked = new ArrayList<>();
    private final Function<Pageable, List<Integer>> query = page -> {
        asked.add(page);
        int from = (int) Math.min(page.getOffset(), ROWS.size());
        return ROWS.subList(from, Math.min(from + page.getPageSize(), ROWS.size()));
    };

    @Test
    void an_offset_at_a_multiple_of_the_page_size_reads_one_page() {
        assertThat(Pages.slice(100, 50, query)).isEqualTo(ROWS.subList(100, 150));
        assertThat(asked).hasSize(1);
    }

    @Test
    void an_offset_between_pages_reads_the_two_it_spans_and_returns_the_rows_asked_for() {
        assertThat(Pages.slice(70, 50, query)).isEqualTo(ROWS.subList(70, 120));
        assertThat(asked).hasSize(2);
    }

    @Test
    void the_last_rows_and_past_the_end_come_back_short_or_empty() {
        assertThat(Pages.slice(990, 50, query)).isEqualTo(ROWS.subList(990, 1000));
        assertThat(Pages.slice(995, 7, query)).isEqualTo(ROWS.subList(995, 1000));
        assertThat(Pages.slice(2000, 50, query)).isEmpty();
    }

    @Test
    void at_most_two_hundred_rows_are_read_and_no_rows_before_the_first() {
        assertThat(Pages.slice(0, 5000, query)).hasSize(Pages.MAX_ROWS);
        assertThat(Pages.slice(0, 0, query)).isEmpty();
        assertThatThrownBy(() -> Pages.slice(-1, 10, query)).isInstanceOf(IllegalArgumentException.class);
    }
}
