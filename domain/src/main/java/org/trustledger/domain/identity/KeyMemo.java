package org.trustledger.domain.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the keys recently read out of texts: reading a name or an address into its key folds and parses the text
 * afresh each time, and a screening asks for the keys of the same candidates' names and addresses several times.
 */
final class KeyMemo<K> {
    /** About the keys of the parties a few hundred screenings touch; forgetting all at once keeps it simple and bounded. */
    private static final int CAPACITY = 8_192;

    private final Map<String, K> keys = new ConcurrentHashMap<>();
    private final Function<String, K> read;

    KeyMemo(Function<String, K> read) {
        this.read = read;
    }

    K of(String text) {
        K key = keys.get(text);
        if (key != null) {
            return key;
        }
        key = read.apply(text);
        if (keys.size() >= CAPACITY) {
            keys.clear();
        }
        keys.put(text, key);
        return key;
    }
}
