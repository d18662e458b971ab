package org.trustledger.adapters.common.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known field closest to a misspelt one, if any is close enough to be a likely typo. */
final class KnownFields {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private KnownFields() {}

    static Optional<String> closest(String unknown, Collection<Object> known) {
        if (unknown == null || known == null) {
            return Optional.empty();
        }
        String typed = unknown.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(String::valueOf)
                .min(Comparator.comparingInt((String candidate) -> distance(typed, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(candidate -> distance(typed, candidate) <= Math.max(2, typed.length() / 3));
    }

    private static int distance(String typed, String candidate) {
        return DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT));
    }
}
