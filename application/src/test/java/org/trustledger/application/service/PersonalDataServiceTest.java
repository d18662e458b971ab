package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryPartyIdentityIndex;
import org.trustledger.application.fakes.InMemoryPeopleIndex;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.PersonKeys;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
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
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestRefused;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequested;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.PersonalDataRequestKind;
import org.trustledger.domain.trust.SequencedEvent;

/** Erasure in its order: what must be read in plaintext first, the key destroyed before anything is recorded. */
class PersonalDataServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");
    private final PartyId person = new PartyId(UUID.randomUUID());
    private final List<String> steps = new ArrayList<>();
    private final List<PartyCommand> recorded = new ArrayList<>();
    private final Map<PartyId, List<SequencedEvent>> histories = new HashMap<>();
    private final InMemoryPartyIdentityIndex index = new InMemoryPartyIdentityIndex();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final FakeKeys keys = new FakeKeys();
    private final InMemoryPeopleIndex people = new InMemoryPeopleIndex();
    private boolean dieAtNextDiscard;
    private final PersonalDataService service = new PersonalDataService(
            this::record,
            keys,
            party -> histories.getOrDefault(party, List.of()),
            index,
            this::discardSnapshots,
            contacts,
            people,
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
        keys.created.put(PersonId.of(person), NOW);
        contacts.add(contact("from-the-mobile", "080-1111-2222"));

        var erasure = service.erase(PersonId.of(person), null, null, "本人からの請求", Recording.of("manager", "c-1"));

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
        keys.created.put(PersonId.of(person), NOW);
        contacts.add(contact("from-the-customer", "090-8765-4321"));
        // Once the key is gone, the history reads erased values: neither the keys nor the numbers can be worked out.
        keys.whenDestroyed = () -> histories.put(
                person, List.of(new SequencedEvent(1, new PartyRegistered(person, PartyKind.CUSTOMER, erased, NOW))));
        dieAtNextDiscard = true;

        assertThatThrownBy(
                        () -> service.erase(PersonId.of(person), null, null, "本人からの請求", Recording.of("manager", "c-1")))
                .hasMessageContaining("died");
        assertThat(keys.destroyed).containsKey(PersonId.of(person));
        var retried = service.erase(PersonId.of(person), null, null, "本人からの請求", Recording.of("manager", "c-1"));

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
        keys.created.put(PersonId.of(person), NOW.minusSeconds(7200));
        keys.destroyed.put(PersonId.of(person), erasedAt);

        var again = service.erase(PersonId.of(person), null, null, "再度の請求", Recording.of("manager", "c-2"));

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

        assertThatThrownBy(() -> service.erase(PersonId.of(person), null, null, "請求", Recording.of("manager", "c-1")))
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
        keys.created.put(PersonId.of(person), NOW);

        assertThatThrownBy(
                        () -> service.erase(PersonId.of(person), null, 2L, "本人からの請求", Recording.of("manager", "c-1")))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("already answered, by entry 3");
        assertThatThrownBy(
                        () -> service.erase(PersonId.of(person), null, 7L, "本人からの請求", Recording.of("manager", "c-1")))
                .isInstanceOf(UnknownEntryException.class);
        assertThat(steps).isEmpty();
        assertThat(keys.destroyed).isEmpty();
    }

    @Test
    void anUnknownParty_isRefused() {
        assertThatThrownBy(() -> service.erase(PersonId.of(person), null, null, "請求", Recording.of("manager", "c-1")))
                .isInstanceOf(UnknownPartyException.class);
        assertThat(steps).isEmpty();
    }

    @Test
    void aSalespersonOfTwoResellers_isErasedOnBoth_andOnlyTheContactsFromTheirNumberAreForgotten() {
        PartyId reseller = new PartyId(UUID.randomUUID());
        PartyId other = new PartyId(UUID.randomUUID());
        PersonId salesperson = calledFor(reseller, other);
        // On the other reseller the call was stored before callers had keys of their own: it still reads.
        keys.readable.add(other + "/2");
        contacts.add(contact("from-the-salesperson", "090-1111-2222"));
        contacts.add(contact("from-the-office", "03-5555-6666"));

        var erasure = service.erase(salesperson, null, null, "本人からの請求", Recording.of("manager", "c-1"));

        assertThat(steps)
                .containsExactly(
                        "key destroyed",
                        "snapshots discarded",
                        "snapshots discarded",
                        "recorded ErasePersonalData",
                        "recorded ErasePersonalData");
        assertThat(keys.destroyed).containsOnlyKeys(salesperson);
        assertThat(recorded)
                .extracting(c -> ((ErasePersonalData) c).partyId(), c -> ((ErasePersonalData) c).person())
                .containsExactlyInAnyOrder(tuple(reseller, salesperson), tuple(other, salesperson));
        assertThat(erasure.entries()).extracting(RecordOutcome::partyId).containsExactlyInAnyOrder(reseller, other);
        assertThat(erasure.entriesInPlaintext()).isEqualTo(1);
        assertThat(erasure.contactsForgotten()).isEqualTo(1);
        assertThat(contacts.recent(10)).extracting(c -> c.key().contactId()).containsExactly("from-the-office");
    }

    @Test
    void aSalespersonsErasure_answeringARequest_mustSayOnWhichParty_whenTheyAppearOnSeveral() {
        PartyId reseller = new PartyId(UUID.randomUUID());
        PartyId other = new PartyId(UUID.randomUUID());
        PersonId salesperson = calledFor(reseller, other);
        histories.put(
                other,
                append(
                        histories.get(other),
                        new PersonalDataRequested(other, PersonalDataRequestKind.ERASURE, Channel.PHONE, null, NOW)));

        assertThatThrownBy(() -> service.erase(salesperson, null, 3L, "本人からの請求", Recording.of("manager", "c-1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("partyId");
        assertThatThrownBy(() -> service.erase(salesperson, reseller, 3L, "本人からの請求", Recording.of("manager", "c-1")))
                .isInstanceOf(UnknownEntryException.class);
        assertThat(keys.destroyed).isEmpty();

        var erasure = service.erase(salesperson, other, 3L, "本人からの請求", Recording.of("manager", "c-1"));

        assertThat(erasure.outcome().partyId()).isEqualTo(other);
        assertThat(recorded)
                .extracting(c -> ((ErasePersonalData) c).partyId(), c -> ((ErasePersonalData) c).request())
                .containsExactly(tuple(other, 3L), tuple(reseller, null));
    }

    /** Both resellers registered, and the same salesperson (by name and number) calling for each. */
    private PersonId calledFor(PartyId... resellers) {
        for (PartyId reseller : resellers) {
            CallerIdentified call = new CallerIdentified(
                    reseller, new PersonName("佐藤 一郎"), true, "営業", PhoneNumber.parse("090-1111-2222"), NOW);
            histories.put(
                    reseller,
                    List.of(
                            new SequencedEvent(
                                    1,
                                    new PartyRegistered(
                                            reseller,
                                            PartyKind.RESELLER,
                                            new PartyDetails(new PartyName("株式会社光回線"), List.of(), null, null, null),
                                            NOW)),
                            new SequencedEvent(2, call)));
            people.file(reseller, 2, NOW, PartyPeople.named(call, PartyKind.RESELLER, null));
        }
        PersonId salesperson = people.search(null, "+819011112222", 10).getFirst();
        keys.created.put(salesperson, NOW);
        return salesperson;
    }

    private static List<SequencedEvent> append(List<SequencedEvent> history, PartyEvent event) {
        List<SequencedEvent> longer = new ArrayList<>(history);
        longer.add(new SequencedEvent(history.size() + 1, event));
        return longer;
    }

    private static LoggedContact contact(String id, String number) {
        return new LoggedContact(
                new ContactKey(Channel.PHONE, id),
                null,
                null,
                NOW,
                PhoneNumber.parse(number),
                false,
                null,
                null,
                null,
                null,
                null,
                NOW);
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
        recorded.add(command);
        return new RecordOutcome(
                command.partyId(), histories.get(command.partyId()).size() + 1L, false);
    }

    private final class FakeKeys implements PersonKeys {
        final Map<PersonId, Instant> created = new HashMap<>();
        final Map<PersonId, Instant> destroyed = new HashMap<>();
        final Set<String> readable = new HashSet<>();
        Runnable whenDestroyed = () -> {};

        @Override
        public Optional<PersonKey> find(PersonId party) {
            return Optional.ofNullable(created.get(party)).map(at -> new PersonKey(at, destroyed.get(party)));
        }

        @Override
        public void destroy(PersonId party, Instant at) {
            steps.add("key destroyed");
            destroyed.put(party, at);
            whenDestroyed.run();
        }

        @Override
        public int entriesInPlaintext(PartyId party) {
            return 0;
        }

        @Override
        public boolean holdsUnderOwnKey(PersonId person, PartyId party, long sequence) {
            return !readable.contains(party + "/" + sequence);
        }
    }
}
