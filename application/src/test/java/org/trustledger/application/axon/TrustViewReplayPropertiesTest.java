package org.trustledger.application.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * The trust view the projection stores, and the status read as of any instant, equal the policy applied to the
 * history as it stood then — for random histories recorded through the real aggregate.
 */
class TrustViewReplayPropertiesTest {
    private static final Instant START = Instant.parse("2024-01-10T01:00:00Z");
    private static final Recording STAFF = Recording.of("staff", "prop");

    /** What happens next in a random history; turned into a command that the party's state allows. */
    enum Kind {
        TROUBLE,
        ACCEPTED_JOB,
        REFUSED_PROXY,
        NAME_WITHHELD,
        SHORTFALL,
        SETTLEMENT,
        TERMINATE_OR_REINSTATE
    }

    record Step(Kind kind, int daysLater, Severity severity, int yen) {}

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.of(Severity.class),
                        Arbitraries.integers().between(1, 20_000))
                .as(Step::new);
        return step.list().ofMinSize(0).ofMaxSize(25);
    }

    @Property(tries = 40)
    void storedAfterEachEvent_andReadAsOfAnyInstant_equalTheReplay(
            @ForAll("histories") List<Step> steps, @ForAll @IntRange(min = 0, max = 1500) int probeDays) {
        try (InMemoryCore core = new InMemoryCore(Clock.fixed(START, ZoneOffset.UTC))) {
            PartyId party = new PartyId(UUID.randomUUID());
            Instant at = START;
            record(core, new RegisterParty(party, PartyKind.RESELLER, PartyFixtures.acmeDetails(), at), at);
            int invoices = 0;
            for (Step step : steps) {
                at = at.plus(Duration.ofDays(step.daysLater())).plusSeconds(1);
                PartyState state = PartyDecider.replay(core.queries.entries(party).toList().stream()
                        .map(e -> e.event())
                        .toList());
                PartyCommand command = command(party, step, state, at, invoices);
                if (command instanceof RecordPaymentShort) {
                    invoices++;
                }
                record(core, command, at);
            }

            List<SequencedEvent> history = new AxonPartyHistories(core.axon.eventStore()).of(party);
            Instant probe = START.plus(Duration.ofDays(probeDays));
            List<SequencedEvent> asItStood = history.stream()
                    .filter(e -> !e.event().recordedAt().isAfter(probe))
                    .toList();
            assertThat(core.trust.assess(party, probe)).isEqualTo(core.policy.assess(asItStood, probe));
        }
    }

    /** Records one command and checks the projection's stored view against a replay as of that event. */
    private static void record(InMemoryCore core, PartyCommand command, Instant at) {
        core.commands.record(command, STAFF);
        List<SequencedEvent> history = new AxonPartyHistories(core.axon.eventStore()).of(command.partyId());
        var stored = core.trustViews.find(command.partyId()).orElseThrow();
        assertThat(stored.assessedAt()).isEqualTo(at);
        assertThat(stored.assessment()).isEqualTo(core.policy.assess(history, at));
    }

    private static PartyCommand command(PartyId party, Step step, PartyState state, Instant at, int invoices) {
        return switch (step.kind()) {
            case TROUBLE ->
                new LogTrouble(
                        party,
                        TroubleCategory.values()[step.yen() % TroubleCategory.values().length],
                        step.severity(),
                        "generated trouble",
                        at.atZone(PartyDecider.SHOP_ZONE).toLocalDate().minusDays(step.yen() % 10),
                        at);
            case ACCEPTED_JOB -> new ReceiveRequest(party, Channel.PHONE, false, "job", Answer.ACCEPTED, List.of(), at);
            case REFUSED_PROXY ->
                new ReceiveRequest(
                        party, Channel.FAX, true, "proxy", Answer.REFUSED, List.of("proxy from reseller"), at);
            case NAME_WITHHELD -> new IdentifyCaller(party, new PersonName("佐藤"), false, null, null, at);
            case SHORTFALL ->
                new RecordPaymentShort(
                        party,
                        "INV-" + invoices,
                        new Yen(step.yen() + 1000L),
                        new Yen(step.yen()),
                        ShortfallReason.values()[step.yen() % ShortfallReason.values().length],
                        step.daysLater() + 1,
                        at);
            case SETTLEMENT ->
                state.outstandingByInvoice().entrySet().stream()
                        .filter(e -> e.getValue().value() > 0)
                        .findFirst()
                        .<PartyCommand>map(e -> new SettlePayment(party, e.getKey(), e.getValue(), at))
                        .orElseGet(() ->
                                new ReceiveRequest(party, Channel.EMAIL, false, "job", Answer.ACCEPTED, List.of(), at));
            case TERMINATE_OR_REINSTATE ->
                state.terminated()
                        ? new ReinstateRelationship(party, "improved", at)
                        : new TerminateRelationship(party, "too many troubles", at);
        };
    }
}
