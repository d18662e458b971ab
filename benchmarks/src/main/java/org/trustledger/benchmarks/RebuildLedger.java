package org.trustledger.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.trustledger.application.axon.PartyAggregate;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;

/**
 * A large ledger for the rebuild benchmark, stored through the product's event storage engine: the events spread evenly
 * over a given number of parties (requests, callers, troubles, shortfalls and settlements, an amendment now and then),
 * every history produced by the real decider, and the parties of a group interleaved in the global order as staff
 * recording at the same time would leave them. Generated a group at a time, so the ledger is never in memory.
 */
final class RebuildLedger {
    private static final int PARTIES_PER_GROUP = 400;
    private static final Instant START = Instant.parse("2024-01-05T00:00:00Z");
    private static final MetaData RECORDED_BY = MetaData.with(RecordingMetaData.RECORDED_BY, "bench");

    private final SplittableRandom random = new SplittableRandom(20_261_130L);
    private int parties;

    /**
     * Stores about {@code events} events over {@code partyCount} parties, each party's share of them in turn (a decision
     * may record more than one event, so a history can run one or two over); answers how many it stored.
     */
    long store(EventStorageEngine engine, long events, int partyCount) {
        long stored = 0;
        while (parties < partyCount) {
            List<List<PartyEvent>> group = new ArrayList<>();
            for (int i = 0; i < PARTIES_PER_GROUP && parties < partyCount; i++) {
                long share = events * (parties + 1L) / partyCount - events * parties / partyCount;
                List<PartyEvent> history = history((int) Math.max(1, share));
                group.add(history);
                stored += history.size();
            }
            List<DomainEventMessage<?>> interleaved = new ArrayList<>();
            for (int index = 0; ; index++) {
                boolean any = false;
                for (List<PartyEvent> history : group) {
                    if (index < history.size()) {
                        PartyEvent event = history.get(index);
                        interleaved.add(new GenericDomainEventMessage<>(
                                PartyAggregate.class.getSimpleName(),
                                event.partyId().toString(),
                                index,
                                event,
                                RECORDED_BY,
                                UUID.randomUUID().toString(),
                                event.recordedAt()));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            for (int from = 0; from < interleaved.size(); from += 2_000) {
                engine.appendEvents(interleaved.subList(from, Math.min(interleaved.size(), from + 2_000)));
            }
        }
        return stored;
    }

    private List<PartyEvent> history(int length) {
        int n = parties++;
        PartyId id = new PartyId(new UUID(0x5EED_0000_0000_4000L | n, random.nextLong() | 0x8000_0000_0000_0000L));
        boolean reseller = random.nextInt(3) == 0;
        PartyDetails details = new PartyDetails(
                new PartyName((reseller ? "株式会社リビルド" : "リビルド商店") + n),
                List.of(PhoneNumber.parse(String.format("03-%04d-%04d", 5000 + n / 10_000, n % 10_000))),
                new Address("東京都新宿区西新宿" + (1 + n % 8) + "-" + (1 + n % 30) + "-" + (1 + n % 20) + " 第" + (n % 50) + "ビル"
                        + (1 + n % 9) + "階"),
                reseller ? new PersonName("担当 " + (n % 500)) : null,
                null);
        Instant[] clock = {START.plus(Duration.ofMinutes(random.nextInt(600_000)))};
        List<PartyEvent> events = new ArrayList<>();
        PartyState[] state = {PartyState.INITIAL};
        java.util.function.Consumer<PartyCommand> apply = command -> {
            for (PartyEvent event : PartyDecider.decide(command, state[0])) {
                state[0] = PartyDecider.evolve(state[0], event);
                events.add(event);
            }
        };
        apply.accept(new RegisterParty(id, reseller ? PartyKind.RESELLER : PartyKind.CUSTOMER, details, clock[0]));
        int invoices = 0;
        String open = null;
        while (events.size() < length) {
            clock[0] = clock[0].plus(Duration.ofHours(1 + random.nextInt(200)));
            Instant at = clock[0];
            int pick = random.nextInt(20);
            if (pick < 8) {
                apply.accept(new ReceiveRequest(id, Channel.PHONE, reseller, "設定の依頼", Answer.ACCEPTED, List.of(), at));
            } else if (pick < 12) {
                apply.accept(new IdentifyCaller(
                        id, new PersonName("佐藤 " + random.nextInt(100)), random.nextBoolean(), "担当", null, at));
            } else if (pick < 15) {
                apply.accept(new LogTrouble(
                        id,
                        TroubleCategory.values()[random.nextInt(TroubleCategory.values().length)],
                        random.nextInt(10) == 0 ? Severity.SEVERE : Severity.MINOR,
                        "対応に問題があった",
                        null,
                        at));
            } else if (pick < 17 && open == null) {
                open = "INV-" + n + "-" + invoices++;
                apply.accept(new RecordPaymentShort(
                        id, open, new Yen(16_500), new Yen(16_060), ShortfallReason.BANK_FEE_DEDUCTED, 0, at));
            } else if (pick < 19 && open != null) {
                apply.accept(new SettlePayment(id, open, new Yen(440), at));
                open = null;
            } else {
                apply.accept(new AmendParty(
                        id,
                        state[0].kind(),
                        new PartyDetails(
                                details.name(),
                                List.of(
                                        details.phones().getFirst(),
                                        PhoneNumber.parse(String.format(
                                                "090-%04d-%04d", 2000 + n % 7_000, 1000 + events.size()))),
                                details.address(),
                                details.representative(),
                                null),
                        at));
            }
        }
        return events;
    }
}
