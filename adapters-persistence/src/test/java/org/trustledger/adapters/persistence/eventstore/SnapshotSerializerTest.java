package org.trustledger.adapters.persistence.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;

/**
 * A snapshot keeps a party's state without its entries, so its size does not grow with the history, and a snapshot
 * written while the entries were still kept reads back with them.
 */
class SnapshotSerializerTest {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    private final Serializer serializer = EventStoreConfiguration.snapshotSerializer();

    @Test
    void aStateIsWrittenWithoutItsEntries_soItsSizeDoesNotGrowWithTheHistory() {
        PartyState ten = history(10);
        PartyState thousand = history(1_000);

        String written = json(thousand);
        PartyState read = read(written);

        assertThat(written).contains("株式会社スナップ").doesNotContain("取次");
        assertThat(written.length())
                .as("no longer than at 10 events, but for the digits of the count")
                .isLessThanOrEqualTo(json(ten).length() + 2);
        assertThat(read.eventCount()).isEqualTo(1_000);
        assertThat(read.details()).isEqualTo(thousand.details());
        assertThat(read.callers()).isEqualTo(thousand.callers());
        assertThat(read.entries()).isEmpty();
    }

    @Test
    void aSnapshotWrittenWithItsEntries_readsBackWithThem() {
        PartyState state = history(3);
        StringBuilder entries = new StringBuilder();
        state.entries()
                .forEach((sequence, event) -> entries.append(entries.isEmpty() ? "" : ",")
                        .append('"')
                        .append(sequence)
                        .append("\":")
                        .append(new String(
                                serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8)));
        String older = json(state).replace("\"entries\":{}", "\"entries\":{" + entries + "}");

        PartyState read = read(older);

        assertThat(older).contains("取次");
        assertThat(read.entries()).isEqualTo(state.entries());
        assertThat(read).isEqualTo(state);
    }

    @Test
    void aStateKeepsItsFormerDetailsAndCallersNumbers_andOneWrittenBeforeThemReadsAsNotKnowingThem() {
        PartyId party = new PartyId(UUID.fromString("6f1c1d3e-0000-4000-8000-000000000002"));
        PartyState state = PartyDecider.replay(List.of(
                new PartyRegistered(
                        party,
                        PartyKind.RESELLER,
                        new PartyDetails(
                                new PartyName("株式会社スナップ"),
                                List.of(PhoneNumber.parse("011-222-3301")),
                                null,
                                null,
                                null),
                        T0),
                new CallerIdentified(
                        party,
                        new PersonName("加藤 大輔"),
                        true,
                        null,
                        PhoneNumber.parse("080-1212-3434"),
                        T0.plusSeconds(1)),
                new PartyAmended(
                        party,
                        PartyKind.RESELLER,
                        new PartyDetails(
                                new PartyName("株式会社スナップ"),
                                List.of(PhoneNumber.parse("011-555-7788")),
                                null,
                                null,
                                null),
                        T0.plusSeconds(2))));
        assertThat(state.identities().former()).hasSize(1);

        String written = json(state);
        PartyState read = read(written);

        assertThat(read.identities()).isEqualTo(state.identities());
        assertThat(read).isEqualTo(withoutEntries(state));
        // The field is the state's last: a snapshot of the state before it ends where it begins.
        String older = written.substring(0, written.indexOf(",\"identities\":")) + "}";
        assertThat(older).doesNotContain("identities").contains("株式会社スナップ");
        assertThat(read(older).identities()).as("not known, rather than none").isNull();
    }

    private static PartyState withoutEntries(PartyState s) {
        return new PartyState(
                s.partyId(),
                s.kind(),
                s.details(),
                s.terminated(),
                s.outstandingByInvoice(),
                s.servedBefore(),
                s.reviewedLinks(),
                s.callers(),
                s.sameBusiness(),
                s.eventCount(),
                s.troubleCount(),
                s.registeredAt(),
                s.updatedAt(),
                java.util.Map.of(),
                s.retracted(),
                s.identities());
    }

    private static PartyState history(int events) {
        PartyId party = new PartyId(UUID.fromString("6f1c1d3e-0000-4000-8000-000000000001"));
        List<PartyEvent> history = new ArrayList<>();
        history.add(new PartyRegistered(
                party,
                PartyKind.RESELLER,
                new PartyDetails(new PartyName("株式会社スナップ"), List.of(), null, null, null),
                T0));
        for (int i = 1; i < events; i++) {
            history.add(new CallerIdentified(party, new PersonName("取次"), false, null, null, T0.plusSeconds(i)));
        }
        return PartyDecider.replay(history);
    }

    private String json(PartyState state) {
        return new String(serializer.serialize(state, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private PartyState read(String json) {
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(
                json.getBytes(StandardCharsets.UTF_8), byte[].class, PartyState.class.getName(), null);
        return serializer.deserialize(serialized);
    }
}
