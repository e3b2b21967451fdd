package org.rapport.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Rows for lazy grids, read from queries that take a page number. */
public final class Pages {
    /** The most rows one call reads. */
    public static final int MAX_ROWS = 200;

    private Pages() {
    }

    /**
     * Rows {@code offset} to {@code offset + limit} (at most {@value #MAX_ROWS}) of a query read by page number.
     * Grids ask at multiples of their page size, which is one page; any other offset reads the two pages it
     * spans, so the rows are right whatever the caller asks.
     */
    public static <T> List<T> slice(int offset, int limit, Function<Pageable, List<T>> query) {
        if (offset < 0) {
            throw new IllegalArgumentException("No rows before the first: offset " + offset + ".");
        }
        if (limit < 1) {
            return List.of();
        }
        int size = Math.min(limit, MAX_ROWS);
        int skip = offset % size;
        List<T> rows = new ArrayList<>(query.apply(PageRequest.of(offset / size, size)));
        if (skip > 0 && rows.size() == size) {
            rows.addAll(query.apply(PageRequest.of(offset / size + 1, size)));
        }
        return List.copyOf(rows.subList(Math.min(skip, rows.size()), Math.min(skip + size, rows.size())));
    }
}
