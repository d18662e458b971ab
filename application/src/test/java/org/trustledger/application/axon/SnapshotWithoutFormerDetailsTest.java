package org.trustledger.application.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.out.PartyFolds.FoldedParty;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyIdentityHistory;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * A snapshot taken before a party's former details were kept in its state cannot tell them: the fold is then had from
 * the whole history, and the snapshotter's aggregate folds it again once so that the next snapshot carries them.
 */
class SnapshotWithoutFormerDetailsTest {
    private static final PartyId PARTY = PartyFixtures.party(91);
    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");
    private static final TrustPolicySettings SETTINGS = TrustPolicySettings.defaults();

    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final List<PartyEvent> history = List.of(
            new PartyRegistered(PARTY, PartyKind.RESELLER, PartyFixtures.details("株式会社北一コネクト", "011-222-3301"), T0),
            new CallerIdentified(
                    PARTY, new PersonName("加藤 大輔"), true, null, PhoneNumber.parse("080-1212-3434"), T0.plusSeconds(60)),
            new PartyAmended(
                    PARTY,
                    PartyKind.RESELLER,
                    PartyFixtures.details("株式会社北一コネクト", "011-555-7788"),
                    T0.plusSeconds(86_400)),
            request(2),
            request(3),
            request(4));
    private final AtomicInteger historiesRead = new AtomicInteger();
    private final PartyHistories histories = party -> {
        historiesRead.incrementAndGet();
        List<SequencedEvent> sequenced = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            sequenced.add(new SequencedEvent(i + 1, history.get(i)));
        }
        return sequenced;
    };

    @Test
    void theFoldIsHadFromTheWholeHistory_andTheNextSnapshotCarriesTheFormerDetails() throws Exception {
        PartyState whole = PartyDecider.replay(history);
        assertThat(PartyIdentityHistory.of(whole).former()).hasSize(1);
        assertThat(PartyIdentityHistory.of(whole).callerPhones()).hasSize(1);
        store.publish(messages(history));
        PartyAggregateFactory snapshotter = new PartyAggregateFactory(histories, SETTINGS);
        PartyAggregate older = snapshotter.createAggregateRoot(
                PARTY.toString(), messages(history).getFirst());
        for (PartyEvent event : history.subList(0, 4)) {
            older.on(event);
        }
        withoutFormerDetails(older);
        DomainEventMessage<PartyAggregate> snapshot =
                new GenericDomainEventMessage<>(PartyAggregate.class.getName(), PARTY.toString(), 3, older);
        store.storeSnapshot(snapshot);

        FoldedParty folded =
                new AxonPartyFolds(store, histories, SETTINGS).current(PARTY).orElseThrow();

        assertThat(historiesRead).as("the whole history was read").hasValue(1);
        assertThat(PartyIdentityHistory.of(folded.state())).isEqualTo(PartyIdentityHistory.of(whole));

        PartyAggregate restored = snapshotter.createAggregateRoot(PARTY.toString(), snapshot);
        assertThat(restored.state().identities()).isNull();
        restored.on(history.get(4));
        restored.on(history.get(5));
        assertThat(restored.state().identities()).isEqualTo(whole.identities());
    }

    private static RequestReceived request(int day) {
        return new RequestReceived(
                PARTY, Channel.PHONE, false, "ルーター設定", Answer.ACCEPTED, List.of(), T0.plusSeconds(86_400L * day));
    }

    private static List<DomainEventMessage<?>> messages(List<PartyEvent> events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(
                    PartyAggregate.class.getName(), PARTY.toString(), i, events.get(i)));
        }
        return messages;
    }

    /** Makes the aggregate's state look as one read from a snapshot written before the former details were kept. */
    private static void withoutFormerDetails(PartyAggregate aggregate) throws ReflectiveOperationException {
        PartyState s = aggregate.state();
        Field state = PartyAggregate.class.getDeclaredField("state");
        state.setAccessible(true);
        state.set(
                aggregate,
                new PartyState(
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
                        null));
    }
}
