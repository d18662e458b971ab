package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.acmeDetails;
import static org.trustledger.domain.party.PartyFixtures.amended;
import static org.trustledger.domain.party.PartyFixtures.callerIdentified;
import static org.trustledger.domain.party.PartyFixtures.details;
import static org.trustledger.domain.party.PartyFixtures.paymentSettled;
import static org.trustledger.domain.party.PartyFixtures.paymentShort;
import static org.trustledger.domain.party.PartyFixtures.proxyRequestRefusedEvent;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.reinstated;
import static org.trustledger.domain.party.PartyFixtures.requestReceived;
import static org.trustledger.domain.party.PartyFixtures.terminated;
import static org.trustledger.domain.party.PartyFixtures.troubleLogged;
import static org.trustledger.domain.party.PartyFixtures.yen;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyEvolutionTest {
    private final PartyId acme = acme();

    /** One event of every kind, a request twice so that one is answered, in an order the decider accepts. */
    private final List<PartyEvent> everyKindOfEvent = List.of(
            registered(acme),
            amended(acme, PartyKind.RESELLER, details("アクメ光通信")),
            proxyRequestRefusedEvent(acme),
            callerIdentified(acme, null, false),
            troubleLogged(acme, TroubleCategory.WRONG_PLAN),
            paymentShort(acme, "INV-1", 33_000, 32_560, ShortfallReason.BANK_FEE_DEDUCTED, 0),
            paymentSettled(acme, "INV-1", 440, 0),
            terminated(acme),
            reinstated(acme),
            new PartyEvent.LinkReviewed(acme, PartyFixtures.party(2), false, "同じビルの別テナント", PartyFixtures.T0),
            new PartyEvent.RenameConfirmed(acme, PartyFixtures.party(3), "同じフロアの別名", PartyFixtures.T0),
            new PartyEvent.EntryRetracted(acme, 3, "別の代理店の依頼だった", PartyFixtures.T0),
            new PartyEvent.PersonalDataRequested(
                    acme, PersonalDataRequestKind.ERASURE, Channel.PHONE, PartyFixtures.T0_DATE, PartyFixtures.T0),
            new PartyEvent.PersonalDataRequestRefused(acme, 14, "同じ手口の再発防止のため保持する", PartyFixtures.T0),
            new PartyEvent.PersonalDataErased(acme, "本人からの請求", PartyFixtures.T0),
            new PartyEvent.PersonalDataRequested(
                    acme, PersonalDataRequestKind.DISCLOSURE, Channel.EMAIL, PartyFixtures.T0_DATE, PartyFixtures.T0),
            new PartyEvent.PersonalDataRequestAnswered(acme, 16, "書面で郵送", PartyFixtures.T0));

    @Test
    void everyKindOfEvent_coversEveryPermittedEvent() {
        assertThat(everyKindOfEvent.stream()
                        .<Class<?>>map(Object::getClass)
                        .distinct()
                        .toList())
                .containsExactlyInAnyOrder(PartyEvent.class.getPermittedSubclasses());
    }

    @Test
    void evolve_keepsWhatTheReadModelShows_soThatAPastDayIsAnsweredFromTheHistoryAlone() {
        PartyState state = PartyDecider.replay(everyKindOfEvent);

        assertThat(state.troubleCount()).isEqualTo(1);
        assertThat(state.outstanding()).isEqualTo(yen(0));
        assertThat(state.registeredAt()).isEqualTo(PartyFixtures.T0);
        assertThat(state.updatedAt()).isEqualTo(PartyFixtures.T0);

        PartyState owing = PartyDecider.replay(List.of(
                registered(acme),
                paymentShort(acme, "INV-1", 33_000, 30_000, ShortfallReason.UNPAID, 0),
                paymentShort(acme, "INV-2", 10_000, 9_000, ShortfallReason.UNPAID, 0)));
        assertThat(owing.outstanding()).isEqualTo(yen(4_000));
        assertThat(owing.troubleCount()).isZero();
    }

    @Test
    void givenNoHistory_thenInitialStateIsUnregisteredWithNoEvents() {
        PartyState state = PartyDecider.replay(List.of());

        assertThat(state).isEqualTo(PartyState.INITIAL);
        assertThat(state.registered()).isFalse();
        assertThat(state.eventCount()).isZero();
        assertThat(state.outstandingByInvoice()).isEmpty();
    }

    @Test
    void evolve_countsEveryEvent_evenThoseThatChangeNothingElse() {
        PartyState state = PartyState.INITIAL;
        long expected = 0;
        for (PartyEvent event : everyKindOfEvent) {
            state = PartyDecider.evolve(state, event);
            expected++;
            assertThat(state.eventCount()).as("after %s", event).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo(everyKindOfEvent.size());
    }

    @Test
    void replay_foldsTheWholeHistoryInOrder() {
        PartyState state = PartyDecider.replay(everyKindOfEvent);

        assertThat(state.partyId()).isEqualTo(acme);
        assertThat(state.kind()).isEqualTo(PartyKind.RESELLER);
        assertThat(state.details()).isEqualTo(details("アクメ光通信"));
        assertThat(state.terminated()).isFalse();
        assertThat(state.outstandingByInvoice()).containsExactly(Map.entry("INV-1", Yen.ZERO));
        assertThat(state.eventCount()).isEqualTo(everyKindOfEvent.size());
    }

    @Test
    void evolve_doesNotChangeTheStateItIsGiven() {
        PartyState registered = PartyDecider.replay(List.of(registered(acme)));

        PartyDecider.evolve(registered, terminated(acme));
        PartyDecider.evolve(registered, paymentShort(acme, "INV-1", 100, 0, ShortfallReason.UNPAID, 1));

        assertThat(registered.terminated()).isFalse();
        assertThat(registered.outstandingByInvoice()).isEmpty();
        assertThat(registered.eventCount()).isEqualTo(1);
    }

    @Test
    void registered_keepsKindAndDetails() {
        PartyState state = PartyDecider.evolve(PartyState.INITIAL, registered(acme));

        assertThat(state.registered()).isTrue();
        assertThat(state.kind()).isEqualTo(PartyKind.RESELLER);
        assertThat(state.details()).isEqualTo(acmeDetails());
    }

    @Test
    void paymentShortThenSettled_tracksWhatIsStillOwed() {
        PartyState state = PartyDecider.replay(List.of(
                registered(acme),
                paymentShort(acme, "INV-1", 33_000, 20_000, ShortfallReason.UNILATERAL_REDUCTION, 0),
                paymentSettled(acme, "INV-1", 5_000, 8_000)));

        assertThat(state.outstandingByInvoice()).containsExactly(Map.entry("INV-1", yen(8_000)));
    }

    @Test
    void evolve_remembersWhetherTheShopServedTheParty_andWhichLinksWereReviewed() {
        PartyId other = PartyFixtures.party(2);
        PartyState refusedOnly = PartyDecider.replay(List.of(registered(acme), proxyRequestRefusedEvent(acme)));
        assertThat(refusedOnly.servedBefore()).isFalse();
        assertThat(refusedOnly.reviewedLinks()).isEmpty();

        PartyState served = PartyDecider.replay(List.of(
                registered(acme),
                requestReceived(acme, Channel.WEB_FORM, false, Answer.ACCEPTED),
                new PartyEvent.LinkReviewed(acme, other, false, "別テナント", PartyFixtures.T0)));
        assertThat(served.servedBefore()).isTrue();
        assertThat(served.reviewedLinks()).containsExactly(other);
    }

    @Test
    void owesMoney_whileAnyShortfallIsOutstanding() {
        PartyState owing = PartyDecider.replay(List.of(
                registered(acme), paymentShort(acme, "INV-1", 33_000, 32_560, ShortfallReason.BANK_FEE_DEDUCTED, 0)));
        assertThat(owing.owesMoney()).isTrue();
        PartyState settled = PartyDecider.evolve(owing, paymentSettled(acme, "INV-1", 440, 0));
        assertThat(settled.owesMoney()).isFalse();
    }

    @Test
    void aCommandStampedBeforeThePartysLatestEntry_isRecordedAtThatEntrysTime_soTheHistoryNeverGoesBackInTime() {
        Instant latest = PartyFixtures.T0.plusSeconds(5);
        PartyState state = PartyDecider.replay(
                List.of(registered(acme), new PartyEvent.CallerIdentified(acme, null, false, "営業", null, latest)));

        var queued = PartyDecider.decide(
                new PartyCommand.IdentifyCaller(acme, null, false, "営業", null, PartyFixtures.T0.plusSeconds(1)), state);
        var later = PartyDecider.decide(
                new PartyCommand.IdentifyCaller(acme, null, false, "営業", null, latest.plusSeconds(1)), state);

        assertThat(queued).singleElement().extracting(PartyEvent::recordedAt).isEqualTo(latest);
        assertThat(later).singleElement().extracting(PartyEvent::recordedAt).isEqualTo(latest.plusSeconds(1));
    }

    @Test
    void anEventStampedAgain_keepsEverythingButItsTime() throws Exception {
        Instant other = PartyFixtures.T0.plusSeconds(60);
        for (PartyEvent event : everyKindOfEvent) {
            PartyEvent stamped = PartyDecider.stampedAt(event, other);
            assertThat(stamped).hasSameClassAs(event);
            assertThat(stamped.recordedAt()).isEqualTo(other);
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                if (!component.getName().equals("recordedAt")) {
                    assertThat(component.getAccessor().invoke(stamped))
                            .as(event.getClass().getSimpleName() + "." + component.getName())
                            .isEqualTo(component.getAccessor().invoke(event));
                }
            }
        }
    }
}
