package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PersistentMapPropertiesTest {

    @Property(tries = 300)
    void everyVersionHoldsExactlyWhatAnOrdinaryMapWouldHoldAfterTheSamePuts(@ForAll("puts") List<Put> puts) {
        PersistentMap<String, Integer> persistent = PersistentMap.empty();
        Map<String, Integer> expected = new HashMap<>();
        PersistentMap<String, Integer> halfway = persistent;
        Map<String, Integer> expectedHalfway = Map.of();
        for (int i = 0; i < puts.size(); i++) {
            persistent = persistent.with(puts.get(i).key(), puts.get(i).value());
            expected.put(puts.get(i).key(), puts.get(i).value());
            if (i == puts.size() / 2) {
                halfway = persistent;
                expectedHalfway = Map.copyOf(expected);
            }
        }

        assertThat(persistent).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(expected.size());
        assertThat(expected).isEqualTo(persistent);
        for (String key : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "INV-1", "INV-999", "missing")) {
            assertThat(persistent.get(key)).isEqualTo(expected.get(key));
            assertThat(persistent.containsKey(key)).isEqualTo(expected.containsKey(key));
        }
        // Versions are immutable: later puts never show through an earlier one.
        assertThat(halfway).isEqualTo(expectedHalfway);
        assertThat(PersistentMap.copyOf(expected)).isEqualTo(expected);
    }

    @Test
    void refusesNullsAndChangesInPlaceLikeMapCopyOf() {
        PersistentMap<String, Integer> map =
                PersistentMap.<String, Integer>empty().with("INV-1", 1);

        assertThatThrownBy(() -> map.with(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> map.with("INV-2", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> map.put("INV-2", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map.get(null)).isNull();
    }

    record Put(String key, int value) {}

    @Provide
    Arbitrary<List<Put>> puts() {
        // "Aa" and "BB" share a hash code, and so do their concatenations: colliding keys are generated often.
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"),
                Arbitraries.integers().between(1, 2000).map(i -> "INV-" + i));
        return Combinators.combine(keys, Arbitraries.integers().between(0, 5))
                .as(Put::new)
                .list()
                .ofMaxSize(400);
    }
}
