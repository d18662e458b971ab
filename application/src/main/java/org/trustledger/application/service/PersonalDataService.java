package org.trustledger.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.application.port.in.ErasePersonalDataUseCase;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartySnapshots;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.application.port.out.PeopleIndex.Filed;
import org.trustledger.application.port.out.PersonKeys;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * Erases a person's data by destroying the key it was encrypted with (crypto-shredding): the ledger's entries and
 * their seals stay as stored, and read as erased from then on. What the read side keeps in plaintext besides — the
 * identity index, the contact log, snapshots — is forgotten here; the party's list row is folded again by its
 * projection when the erasure is recorded.
 *
 * <p>The steps run in this order so that a failure part-way leaves the data erased and a retry completes the rest:
 * the erasure is decided first (the request it answers must be one it may), the contacts found by the person's numbers
 * and addresses are forgotten while those still read in plaintext, the key is destroyed before the caches are thrown
 * away, and the entry is recorded last, when every reader already sees erased values. The identity index is cleared by
 * the party's id, so a retry that reads the details erased still clears it.
 */
public final class PersonalDataService implements ErasePersonalDataUseCase {
    private final RecordPartyCommandUseCase record;
    private final PersonKeys keys;
    private final PartyHistories histories;
    private final PartyIdentityIndexWriter index;
    private final PartySnapshots snapshots;
    private final ContactLog contacts;
    private final PeopleIndex people;
    private final Clock clock;

    public PersonalDataService(
            RecordPartyCommandUseCase record,
            PersonKeys keys,
            PartyHistories histories,
            PartyIdentityIndexWriter index,
            PartySnapshots snapshots,
            ContactLog contacts,
            PeopleIndex people,
            Clock clock) {
        this.record = record;
        this.keys = keys;
        this.histories = histories;
        this.index = index;
        this.snapshots = snapshots;
        this.contacts = contacts;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public ErasureOutcome erase(
            PersonId person, PartyId requestParty, Long request, String reason, Recording recording) {
        var history = histories.of(person.asParty());
        return history.isEmpty()
                ? eraseNamed(person, requestParty, request, reason, recording)
                : eraseParty(person.asParty(), history, request, reason, recording);
    }

    private ErasureOutcome eraseParty(
            PartyId person, List<SequencedEvent> history, Long request, String reason, Recording recording) {
        ErasePersonalData command = new ErasePersonalData(person, request, reason, clock.instant());
        if (keys.find(PersonId.of(person)).isEmpty()) {
            throw new HistoryConflictException(
                    "nothing of party " + person
                            + " was stored encrypted; only a private customer's data can be erased",
                    "error.erasure.notAPerson",
                    Map.of());
        }
        var earlier = history.stream()
                .filter(entry -> entry.event() instanceof PersonalDataErased)
                .findFirst();
        if (earlier.isPresent()) {
            // Asked again, perhaps a retry after the answer was lost: the erasure stands, so it is answered, and only
            // the snapshots, which a later read may have written again, are thrown away once more.
            snapshots.discard(person);
            return new ErasureOutcome(
                    List.of(new RecordOutcome(person, earlier.get().sequence(), true)),
                    earlier.get().event().recordedAt(),
                    keys.entriesInPlaintext(person),
                    0);
        }
        PartyState state =
                PartyDecider.replay(history.stream().map(SequencedEvent::event).toList());
        // Decided once before anything is destroyed, so that a request it may not answer refuses it with nothing done.
        PartyDecider.decide(command, state);
        Set<String> phones = new LinkedHashSet<>();
        state.details().phones().stream().map(PhoneNumber::e164).forEach(phones::add);
        Set<String> senders = new LinkedHashSet<>();
        state.details().emails().stream().map(EmailAddress::value).forEach(senders::add);
        history.stream()
                .map(SequencedEvent::event)
                .filter(e -> e instanceof CallerIdentified c && c.callBack() != null)
                .forEach(e -> phones.add(((CallerIdentified) e).callBack().e164()));
        int entriesInPlaintext = keys.entriesInPlaintext(person);

        // The contacts are found by the person's numbers and addresses, which read as erased once the key is gone, so
        // they are forgotten first: a retry after the key was destroyed could no longer find them.
        int forgotten = contacts.forget(person, phones, senders);
        Instant erasedAt = command.recordedAt();
        keys.destroy(PersonId.of(person), erasedAt);
        snapshots.discard(person);
        // By the party, not by keys worked out from its details: a retry after the key was destroyed reads them erased.
        index.removeAll(person);
        RecordOutcome outcome = record.record(command, recording);
        return new ErasureOutcome(List.of(outcome), erasedAt, entriesInPlaintext, forgotten);
    }

    /**
     * Erases someone who is no party of their own — a caller, a representative — on every party whose entries name
     * them. The same order as for a private customer: each erasure decided first, contacts from their numbers forgotten
     * while those read, the key destroyed, snapshots thrown away, and the entries recorded last. A retry records only
     * the parties not yet done.
     */
    private ErasureOutcome eraseNamed(
            PersonId person, PartyId requestParty, Long request, String reason, Recording recording) {
        List<Filed> filed = people.appearances(List.of(person));
        if (filed.isEmpty()) {
            if (keys.find(person).map(key -> key.destroyedAt() != null).orElse(false)) {
                throw new HistoryConflictException(
                        "person " + person + " was already erased", "error.erasure.personAgain", Map.of());
            }
            throw new UnknownPartyException(person.value());
        }
        if (keys.find(person).isEmpty()) {
            throw new HistoryConflictException(
                    "nothing of person " + person + " was stored encrypted; only entries recorded since callers and"
                            + " representatives have keys of their own can be erased",
                    "error.erasure.notEncrypted",
                    Map.of());
        }
        Set<PartyId> parties = new LinkedHashSet<>();
        filed.forEach(f -> parties.add(f.party()));
        PartyId answering = request == null ? null : requestParty(requestParty, parties);
        Instant erasedAt = clock.instant();
        Map<PartyId, ErasePersonalData> commands = new LinkedHashMap<>();
        if (answering != null) {
            commands.put(answering, new ErasePersonalData(answering, person, request, reason, erasedAt));
        }
        parties.forEach(
                party -> commands.putIfAbsent(party, new ErasePersonalData(party, person, null, reason, erasedAt)));
        Map<PartyId, RecordOutcome> done = new LinkedHashMap<>();
        for (ErasePersonalData command : commands.values()) {
            var history = histories.of(command.partyId());
            var earlier = history.stream()
                    .filter(entry -> entry.event() instanceof PersonalDataErased e && person.equals(e.person()))
                    .findFirst();
            if (earlier.isPresent()) {
                done.put(
                        command.partyId(),
                        new RecordOutcome(command.partyId(), earlier.get().sequence(), true));
            } else {
                // Decided before anything is destroyed, so that a request it may not answer refuses it with nothing
                // done.
                PartyDecider.decide(
                        command,
                        PartyDecider.replay(
                                history.stream().map(SequencedEvent::event).toList()));
            }
        }
        int stillReadable = (int) filed.stream()
                .filter(f -> !keys.holdsUnderOwnKey(person, f.party(), f.sequence()))
                .map(f -> f.party() + "/" + f.sequence())
                .distinct()
                .count();
        Set<String> phones = new LinkedHashSet<>();
        filed.forEach(f -> phones.addAll(f.phones()));
        int forgotten = phones.isEmpty() ? 0 : contacts.forget(null, phones, Set.of());
        keys.destroy(person, erasedAt);
        parties.forEach(snapshots::discard);
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (ErasePersonalData command : commands.values()) {
            RecordOutcome earlier = done.get(command.partyId());
            outcomes.add(earlier != null ? earlier : record.record(command, recording));
        }
        return new ErasureOutcome(outcomes, erasedAt, stillReadable, forgotten);
    }

    private static PartyId requestParty(PartyId given, Set<PartyId> parties) {
        if (given == null && parties.size() == 1) {
            return parties.iterator().next();
        }
        if (given == null || !parties.contains(given)) {
            throw new InvalidValueException(
                    "partyId",
                    "partyId must name the party on which the request is recorded, one of those naming the person: "
                            + parties,
                    "error.erasure.requestParty",
                    Map.of());
        }
        return given;
    }
}
