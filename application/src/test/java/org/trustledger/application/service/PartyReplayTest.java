package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.HistoryChange;
import org.trustledger.application.port.in.PartyReplay;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.TimelineEntry;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.screening.Screening;

/** The core answers a party replayed to a moment or an entry exactly as it answers {@code asOf}. */
class PartyReplayTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Recording STAFF = Recording.of("staff", "call");

    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final AuditService audit =
            new AuditService(core.queries, core.index, core.histories, core.policy, new Screening());
    private final PartyId party = new PartyId(UUID.randomUUID());

    @AfterEach
    void tearDown() {
        core.close();
    }

    private void story() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("株式会社ネクストライン"), T0), STAFF);
        core.commands.record(
                new LogTrouble(party, TroubleCategory.WRONG_PLAN, Severity.MINOR, "説明不足", null, null, day(10)), STAFF);
        core.commands.record(new AmendParty(party, PartyKind.RESELLER, details("株式会社ネクストライン改"), day(20)), STAFF);
        core.commands.record(
                new RecordPaymentShort(
                        party, "INV-1", new Yen(5000), new Yen(4560), ShortfallReason.UNPAID, 0, day(40)),
                STAFF);
        core.commands.record(
                new RecordPaymentShort(
                        party, "INV-2", new Yen(3000), new Yen(1000), ShortfallReason.UNPAID, 0, day(50)),
                STAFF);
        core.commands.record(new RetractEntry(party, 3, "別の会社の変更だった", day(60)), STAFF);
        core.commands.record(new RetractEntry(party, 5, "別の会社の請求だった", day(61)), STAFF);
    }

    @Test
    void replayedToADayBeforeTheShortfall_owesNothing_asAsOfAnswers() {
        story();

        PartyReplay replay = audit.replay(party, day(30), null);

        assertThat(replay.party()).isEqualTo(audit.asOf(party, day(30)));
        assertThat(replay.party().outstanding()).isEqualTo(Yen.ZERO);
        assertThat(replay.openInvoices()).isEmpty();
        assertThat(replay.point()).isEqualTo(3);
        assertThat(replay.timeline()).hasSize(7);
        assertThat(replay.timeline())
                .extracting(TimelineEntry::counted)
                .containsExactly(true, true, true, false, false, false, false);
    }

    @Test
    void replayedToAnEntry_isTheStatusAfterIt() {
        story();

        PartyReplay replay = audit.replay(party, T0.plus(Duration.ofDays(400)), 4L);

        assertThat(replay.party().outstanding()).isEqualTo(new Yen(440));
        assertThat(replay.openInvoices()).containsExactly("INV-1");
        assertThat(replay.party().trust().status())
                .isEqualTo(replay.timeline().get(3).statusAfter());
    }

    @Test
    void aRetractedShortfallIsNotOfferedForSettlement_andARetractedAmendmentNoLongerShows() {
        story();

        PartyReplay replay = audit.replay(party, day(70), null);

        assertThat(replay.party()).isEqualTo(audit.asOf(party, day(70)));
        assertThat(replay.party().details().name().value()).isEqualTo("株式会社ネクストライン");
        assertThat(replay.openInvoices()).containsExactly("INV-1");
        assertThat(replay.openInvoicesNow()).containsExactly("INV-1");
        assertThat(replay.timeline().get(2).retractedBy()).isEqualTo(6);
        assertThat(replay.timeline().get(4).retractedBy()).isEqualTo(7);
    }

    @Test
    void theHistoryInPages_tellsOnlyChanges_thatAddUpToTheStatusAfterEachEntry() {
        story();
        Instant asOf = day(70);

        List<HistoryChange> all = new ArrayList<>();
        Long after = 0L;
        int pages = 0;
        while (after != null) {
            var page = audit.history(party, asOf, after, 3);
            page.forEach(all::add);
            after = page.next();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(all).extracting(c -> c.entry().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        var reasons = new java.util.LinkedHashMap<String, java.util.Set<Long>>();
        for (HistoryChange change : all) {
            for (var c : change.reasonChanges()) {
                if (c.kind() == org.trustledger.application.port.in.ReasonChange.Kind.DROPPED) {
                    reasons.remove(c.reason().code());
                } else {
                    var events = reasons.computeIfAbsent(c.reason().code(), k -> new java.util.TreeSet<>());
                    events.addAll(c.eventsAdded());
                    events.removeAll(c.eventsDropped());
                }
            }
            Instant at = change.entry().recordedAt();
            var expected = new java.util.LinkedHashMap<String, java.util.Set<Long>>();
            for (var r : audit.asOf(party, at).trust().reasons()) {
                expected.put(r.code(), new java.util.TreeSet<>(r.eventSequences()));
            }
            assertThat(reasons).as("after entry %s", change.entry().sequence()).isEqualTo(expected);
            assertThat(change.statusAfter())
                    .isEqualTo(audit.asOf(party, at).trust().status());
        }
        assertThat(all.get(2).retractedBy()).isEqualTo(6);
    }

    @Test
    void theWholeHistoryInOneWalk_isThePagesTogether() {
        story();
        Instant asOf = day(70);
        List<HistoryChange> paged = new ArrayList<>();
        audit.history(party, asOf, 0, 4).forEach(paged::add);
        audit.history(party, asOf, 4, 4).forEach(paged::add);

        List<HistoryChange> whole = new ArrayList<>();
        var page = audit.history(party, asOf);
        page.forEach(whole::add);

        assertThat(page.next()).isNull();
        assertThat(whole).isEqualTo(paged).hasSize(7);
    }

    @Test
    void aLongHistorysTimeline_isThePageThatHoldsThePoint() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("株式会社ネクストライン"), T0), STAFF);
        for (int i = 1; i < 250; i++) {
            core.commands.record(
                    new LogTrouble(
                            party, TroubleCategory.UNRESPONSIVE, Severity.MINOR, "折り返しなし", null, null, minute(i)),
                    STAFF);
        }

        PartyReplay replayed = audit.replay(party, day(400), 150L);
        PartyReplay now = audit.replay(party, day(400), null);

        assertThat(replayed.entryCount()).isEqualTo(250);
        assertThat(replayed.timeline())
                .extracting(e -> e.entry().sequence())
                .containsExactlyElementsOf(sequences(101, 200));
        assertThat(replayed.timeline().get(49).statusAfter())
                .isEqualTo(replayed.party().trust().status());
        assertThat(replayed.timeline()).extracting(TimelineEntry::counted).containsOnly(true, false);
        assertThat(replayed.timeline().get(49).counted()).isTrue();
        assertThat(replayed.timeline().get(50).counted()).isFalse();
        assertThat(now.timeline()).extracting(e -> e.entry().sequence()).containsExactlyElementsOf(sequences(201, 250));
        List<HistoryChange> whole = new ArrayList<>();
        audit.history(party, day(400)).forEach(whole::add);
        assertThat(now.timeline())
                .extracting(TimelineEntry::statusAfter)
                .containsExactlyElementsOf(whole.subList(200, 250).stream()
                        .map(HistoryChange::statusAfter)
                        .toList());
    }

    private static List<Long> sequences(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static Instant minute(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static Instant day(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    private static PartyDetails details(String name) {
        return new PartyDetails(
                new PartyName(name),
                List.of(PhoneNumber.parse("03-5321-7788")),
                new Address("東京都新宿区西新宿一丁目2番3号 サンライズビル5階"),
                null,
                null);
    }
}
