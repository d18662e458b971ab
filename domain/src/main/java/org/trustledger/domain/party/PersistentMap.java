package org.trustledger.domain.party;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map whose copy with one entry more or changed shares all but one short path with it, so that folding
 * a long history into a state costs the same for each event instead of copying every entry each time.
 *
 * <p>A hash trie: 32 slots a level, each empty, one entry (with others of the same full hash chained to it) or a node
 * of the next level. Like {@link Map#copyOf} it refuses null keys and values and cannot be modified in place.
 */
final class PersistentMap<K, V> extends AbstractMap<K, V> {
    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(new Object[WIDTH], 0);

    private final Object[] root;
    private final int size;

    private PersistentMap(Object[] root, int size) {
        this.root = root;
        this.size = size;
    }

    /** One entry, and any others whose keys have the same full hash. */
    private record Leaf(int hash, Object key, Object value, Leaf next) {}

    @SuppressWarnings("unchecked")
    static <K, V> PersistentMap<K, V> empty() {
        return (PersistentMap<K, V>) EMPTY;
    }

    /** The map itself when it is one already, otherwise a copy of it. */
    static <K, V> PersistentMap<K, V> copyOf(Map<K, V> map) {
        if (map instanceof PersistentMap<K, V> persistent) {
            return persistent;
        }
        PersistentMap<K, V> copy = empty();
        for (Map.Entry<K, V> entry : map.entrySet()) {
            copy = copy.with(entry.getKey(), entry.getValue());
        }
        return copy;
    }

    /** This map with {@code key} mapped to {@code value}. */
    PersistentMap<K, V> with(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        int grown = containsKey(key) ? size : size + 1;
        return new PersistentMap<>(with(root, hash(key), 0, key, value), grown);
    }

    private static Object[] with(Object[] node, int hash, int shift, Object key, Object value) {
        Object[] copy = node.clone();
        int slot = (hash >>> shift) & MASK;
        switch (copy[slot]) {
            case null -> copy[slot] = new Leaf(hash, key, value, null);
            case Object[] child -> copy[slot] = with(child, hash, shift + BITS, key, value);
            case Leaf leaf -> {
                if (leaf.hash() == hash) {
                    copy[slot] = chained(leaf, key, value);
                } else {
                    // Two different hashes part at some level within their 32 bits, so this goes at most 7 levels
                    // deep.
                    Object[] child = new Object[WIDTH];
                    child[(leaf.hash() >>> (shift + BITS)) & MASK] = leaf;
                    copy[slot] = with(child, hash, shift + BITS, key, value);
                }
            }
            default -> throw new IllegalStateException("not a trie slot: " + copy[slot]);
        }
        return copy;
    }

    private static Leaf chained(Leaf leaf, Object key, Object value) {
        if (leaf == null) {
            return null;
        }
        if (leaf.key().equals(key)) {
            return new Leaf(leaf.hash(), key, value, leaf.next());
        }
        Leaf rest = chained(leaf.next(), key, value);
        return rest == null
                ? new Leaf(leaf.hash(), key, value, leaf)
                : new Leaf(leaf.hash(), leaf.key(), leaf.value(), rest);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (key == null) {
            return null;
        }
        int hash = hash(key);
        Object[] node = root;
        for (int shift = 0; ; shift += BITS) {
            Object slot = node[(hash >>> shift) & MASK];
            if (slot instanceof Object[] child) {
                node = child;
                continue;
            }
            for (Leaf l = slot instanceof Leaf leaf ? leaf : null; l != null; l = l.next()) {
                if (l.hash() == hash && l.key().equals(key)) {
                    return (V) l.value();
                }
            }
            return null;
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                List<Map.Entry<K, V>> entries = new ArrayList<>(size);
                collect(root, entries);
                return Collections.unmodifiableList(entries).iterator();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private void collect(Object[] node, List<Map.Entry<K, V>> entries) {
        for (Object slot : node) {
            if (slot instanceof Object[] child) {
                collect(child, entries);
            } else if (slot instanceof Leaf leaf) {
                for (Leaf l = leaf; l != null; l = l.next()) {
                    entries.add(new SimpleImmutableEntry<>((K) l.key(), (V) l.value()));
                }
            }
        }
    }

    private static int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }
}
