package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryPartyIdentityIndex;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.PersonKeys;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestRefused;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequested;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PersonalDataRequestKind;
import org.trustledger.domain.trust.SequencedEvent;

/** Erasure in its order: what must be read in plaintext first, the key destroyed before anything is recorded. */
class PersonalDataServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");
    private final PartyId person = new PartyId(UUID.randomUUID());
    private final List<String> steps = new ArrayList<>();
    private final Map<PartyId, List<SequencedEvent>> histories = new HashMap<>();
    private final InMemoryPartyIdentityIndex index = new InMemoryPartyIdentityIndex();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final FakeKeys keys = new FakeKeys();
    private boolean dieAtNextDiscard;
    private final PersonalDataService service = new PersonalDataService(
            this::record,
            keys,
            party -> histories.getOrDefault(party, List.of()),
            index,
            this::discardSnapshots,
            contacts,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anErasure_destroysTheKey_forgetsTheIndexAndContacts_andIsRecordedLast() {
        PartyDetails details = new PartyDetails(
                new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse("090-8765-4321")), new Address("東京都杉並区"), null, null);
        histories.put(
                person,
                List.of(
                        new SequencedEvent(1, new PartyRegistered(person, PartyKind.CUSTOMER, details, NOW)),
                        new SequencedEvent(
                                2,
                                new CallerIdentified(
                                        person,
                                        new PersonName("鷺沼 千景"),
                                        true,
                                        "本人",
                                        PhoneNumber.parse("080-1111-2222"),
                                        NOW))));
        index.add(person, details.identity().indexKeys());
        keys.created.put(person, NOW);
        contacts.add(new LoggedContact(
                new ContactKey(Channel.PHONE, "from-the-mobile"),
                null,
                null,
                NOW,
                PhoneNumber.parse("080-1111-2222"),
                false,
                null,
                null,
                null,
                null,
                null,
                NOW));

        var erasure = service.erase(person, null, "本人からの請求", Recording.of("manager", "c-1"));

        assertThat(steps).containsExactly("key destroyed", "snapshots discarded", "recorded ErasePersonalData");
        assertThat(index.keysOf(person)).isEmpty();
        assertThat(contacts.recent(10)).isEmpty();
        assertThat(erasure.contactsForgotten()).isEqualTo(1);
        assertThat(erasure.erasedAt()).isEqualTo(NOW);
        assertThat(erasure.entriesInPlaintext()).isZero();
        assertThat(erasure.outcome().sequence()).isEqualTo(3);
    }

    @Test
    void
            anErasureThatDiedAfterTheKeyWasDestroyed_isCompletedByARetry_thatLeavesNoKeyOfThePartyInTheIndex_norItsContacts() {
        PartyDetails details = new PartyDetails(
                new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse("090-8765-4321")), new Address("東京都杉並区"), null, null);
        PartyDetails erased =
                new PartyDetails(new PartyName(Erasure.MARK), List.of(new PhoneNumber(Erasure.MARK)), null, null, null);
        histories.put(
                person, List.of(new SequencedEvent(1, new PartyRegistered(person, PartyKind.CUSTOMER, details, NOW))));
        index.add(person, details.identity().indexKeys());
        index.retire(person, Set.of(PhoneNumber.parse("03-1111-2222").indexKey()), NOW);
        keys.created.put(person, NOW);
        contacts.add(new LoggedContact(
                new ContactKey(Channel.PHONE, "from-the-customer"),
                null,
                null,
                NOW,
                PhoneNumber.parse("090-8765-4321"),
                false,
                null,
                null,
                null,
                null,
                null,
                NOW));
        // Once the key is gone, the history reads erased values: neither the keys nor the numbers can be worked out.
        keys.whenDestroyed = () -> histories.put(
                person, List.of(new SequencedEvent(1, new PartyRegistered(person, PartyKind.CUSTOMER, erased, NOW))));
        dieAtNextDiscard = true;

        assertThatThrownBy(() -> service.erase(person, null, "本人からの請求", Recording.of("manager", "c-1")))
                .hasMessageContaining("died");
        assertThat(keys.destroyed).containsKey(person);
        var retried = service.erase(person, null, "本人からの請求", Recording.of("manager", "c-1"));

        assertThat(index.keysOf(person)).isEmpty();
        assertThat(index.formerKeysOf(person)).isEmpty();
        assertThat(contacts.recent(10))
                .as("the contacts from the person's number")
                .isEmpty();
        assertThat(retried.outcome().replayed()).isFalse();
        assertThat(steps).endsWith("recorded ErasePersonalData");
    }

    @Test
    void aPersonAlreadyErased_isAnsweredWithTheirErasure_andNothingMoreIsRecorded() {
        Instant erasedAt = NOW.minusSeconds(3600);
        PartyDetails erased =
                new PartyDetails(new PartyName(Erasure.MARK), List.of(new PhoneNumber(Erasure.MARK)), null, null, null);
        histories.put(
                person,
                List.of(
                        new SequencedEvent(1, new PartyRegistered(person, PartyKind.CUSTOMER, erased, NOW)),
                        new SequencedEvent(2, new PersonalDataErased(person, "本人からの請求", erasedAt))));
        keys.created.put(person, NOW.minusSeconds(7200));
        keys.destroyed.put(person, erasedAt);

        var again = service.erase(person, null, "再度の請求", Recording.of("manager", "c-2"));

        assertThat(steps).containsExactly("snapshots discarded");
        assertThat(again.outcome().sequence()).isEqualTo(2);
        assertThat(again.outcome().replayed()).isTrue();
        assertThat(again.erasedAt()).isEqualTo(erasedAt);
    }

    @Test
    void aPartyWhoseDataWasNeverEncrypted_isRefused_andNothingIsDone() {
        histories.put(
                person,
                List.of(new SequencedEvent(
                        1,
                        new PartyRegistered(
                                person,
                                PartyKind.RESELLER,
                                new PartyDetails(new PartyName("株式会社ネクストライン"), List.of(), null, null, null),
                                NOW))));

        assertThatThrownBy(() -> service.erase(person, null, "請求", Recording.of("manager", "c-1")))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("only a private customer");
        assertThat(steps).isEmpty();
    }

    @Test
    void anErasureNamingARequestItMayNotAnswer_isRefused_beforeTheKeyIsDestroyed() {
        histories.put(
                person,
                List.of(
                        new SequencedEvent(
                                1,
                                new PartyRegistered(
                                        person,
                                        PartyKind.CUSTOMER,
                                        new PartyDetails(new PartyName("鷺沼 千景"), List.of(), null, null, null),
                                        NOW)),
                        new SequencedEvent(
                                2,
                                new PersonalDataRequested(
                                        person,
                                        PersonalDataRequestKind.ERASURE,
                                        Channel.PHONE,
                                        NOW.atZone(PartyDecider.SHOP_ZONE).toLocalDate(),
                                        NOW)),
                        new SequencedEvent(3, new PersonalDataRequestRefused(person, 2, "再発防止のため保持", NOW))));
        keys.created.put(person, NOW);

        assertThatThrownBy(() -> service.erase(person, 2L, "本人からの請求", Recording.of("manager", "c-1")))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("already answered, by entry 3");
        assertThatThrownBy(() -> service.erase(person, 7L, "本人からの請求", Recording.of("manager", "c-1")))
                .isInstanceOf(UnknownEntryException.class);
        assertThat(steps).isEmpty();
        assertThat(keys.destroyed).isEmpty();
    }

    @Test
    void anUnknownParty_isRefused() {
        assertThatThrownBy(() -> service.erase(person, null, "請求", Recording.of("manager", "c-1")))
                .isInstanceOf(UnknownPartyException.class);
        assertThat(steps).isEmpty();
    }

    private void discardSnapshots(PartyId party) {
        steps.add("snapshots discarded");
        if (dieAtNextDiscard) {
            dieAtNextDiscard = false;
            throw new IllegalStateException("the process died");
        }
    }

    private RecordOutcome record(PartyCommand command, Recording recording) {
        assertThat(command).isInstanceOf(ErasePersonalData.class);
        steps.add("recorded " + command.getClass().getSimpleName());
        return new RecordOutcome(
                command.partyId(), histories.get(command.partyId()).size() + 1L, false);
    }

    private final class FakeKeys implements PersonKeys {
        final Map<PartyId, Instant> created = new HashMap<>();
        final Map<PartyId, Instant> destroyed = new HashMap<>();
        Runnable whenDestroyed = () -> {};

        @Override
        public Optional<PersonKey> find(PartyId party) {
            return Optional.ofNullable(created.get(party)).map(at -> new PersonKey(at, destroyed.get(party)));
        }

        @Override
        public void destroy(PartyId party, Instant at) {
            steps.add("key destroyed");
            destroyed.put(party, at);
            whenDestroyed.run();
        }

        @Override
        public int entriesInPlaintext(PartyId party) {
            return 0;
        }
    }
}
