package org.trustledger.application.port.in;

import java.util.List;

/** One page of a longer result, with the total count so a client can page on. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    public PageResult {
        items = List.copyOf(items);
    }
}
