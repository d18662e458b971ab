package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.MissingDetailsException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.Verdict;

/** Screening through the use case: candidates found by the index, and recording only on request. */
class ScreeningServiceTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Recording STAFF = Recording.of("staff", "call-1");

    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final ScreeningService screening =
            new ScreeningService(core.index, core.histories, core.policy, new Screening(), core.commands);
    private final PartyId nextline = new PartyId(UUID.randomUUID());

    @AfterEach
    void tearDown() {
        core.close();
    }

    private void terminatedNextline() {
        var details = new PartyDetails(
                new PartyName("株式会社ネクストライン"),
                List.of(PhoneNumber.parse("03-5321-7788")),
                new Address("東京都新宿区西新宿一丁目2番3号 サンライズビル5階"),
                null,
                null);
        core.commands.record(new RegisterParty(nextline, PartyKind.RESELLER, details, T0), STAFF);
        core.commands.record(new TerminateRelationship(nextline, "トラブル多発", T0.plusSeconds(60)), STAFF);
    }

    private static ScreeningRequest call(String name, String phone, boolean proxy) {
        return new ScreeningRequest(
                name == null ? null : new PartyName(name),
                null,
                false,
                phone == null ? null : PhoneNumber.parse(phone),
                null,
                null,
                null,
                null,
                proxy,
                null);
    }

    @Test
    void theTerminatedPartyCallingAgain_isRefused_andScreeningAloneRecordsNothing() {
        terminatedNextline();
        var result = screening.screen(call("ネクストライン(株)", "(03)5321-7788", true), T0.plusSeconds(120));

        assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(result.requester())
                .hasValueSatisfying(m -> assertThat(m.partyId()).isEqualTo(nextline));
        assertThat(core.queries.entries(nextline).toList()).hasSize(2);
    }

    @Test
    void screenAndRecord_recordsTheRefusalOnTheCallersOwnParty() {
        terminatedNextline();
        var answer =
                screening.screenAndRecord(call("株式会社ネクストライン", null, true), "別のお客様宅の設定", T0.plusSeconds(120), STAFF);

        assertThat(answer.wasRecorded()).isTrue();
        var recorded = core.queries.entries(nextline).toList().getLast().event();
        assertThat(recorded).isInstanceOfSatisfying(RequestReceived.class, request -> {
            assertThat(request.answer()).isEqualTo(Answer.REFUSED);
            assertThat(request.summary()).isEqualTo("別のお客様宅の設定");
            assertThat(request.reasons()).anyMatch(r -> r.startsWith("screening:TERMINATED_PARTY"));
        });
    }

    @Test
    void theSalespersonWhoCalledForTheTerminatedParty_isFoundByName_underANewCompany() {
        terminatedNextline();
        core.commands.record(
                new IdentifyCaller(nextline, new PersonName("鈴木一郎（すずきいちろう）"), true, "営業", null, T0.plusSeconds(90)),
                STAFF);
        var request = new ScreeningRequest(
                new PartyName("株式会社ブライト光ネット"),
                new PersonName("スズキ イチロウ"),
                false,
                null,
                null,
                null,
                null,
                PartyKind.RESELLER,
                false,
                null);

        var result = screening.screen(request, T0.plusSeconds(120));

        assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(result.reasons())
                .singleElement()
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("screening.reason.POSSIBLE_LINK.CALLER"));
        assertThat(result.matches()).extracting(m -> m.partyId()).containsExactly(nextline);
    }

    @Test
    void screenAndRecord_ofAnUnknownCaller_registersThem_andRecordsTheRequestOnTheNewParty() {
        terminatedNextline();
        var request = new ScreeningRequest(
                new PartyName("初めての会社"),
                null,
                false,
                PhoneNumber.parse("045-111-2222"),
                new Address("横浜市中区本町1-2-3"),
                null,
                null,
                PartyKind.CARRIER,
                false,
                null);

        var answer = screening.screenAndRecord(request, "相談", T0, STAFF);

        assertThat(answer.wasRecorded()).isTrue();
        assertThat(answer.registered()).isTrue();
        PartyId registered = answer.recorded().partyId();
        assertThat(core.queries.get(registered).kind()).isEqualTo(PartyKind.CARRIER);
        assertThat(core.queries.entries(registered).toList())
                .extracting(HistoryEntry::type)
                .containsExactly("PartyRegistered", "RequestReceived");
        assertThat(screening.screen(request, T0.plusSeconds(1)).requester())
                .hasValueSatisfying(m -> assertThat(m.partyId()).isEqualTo(registered));
    }

    @Test
    void screenAndRecord_ofAnUnknownCallerWithoutAKind_isRefusedNamingWhatIsMissing_andRecordsNothing() {
        terminatedNextline();

        assertThatThrownBy(() -> screening.screenAndRecord(call(null, "045-111-2222", false), "相談", T0, STAFF))
                .isInstanceOfSatisfying(
                        MissingDetailsException.class,
                        e -> assertThat(e.fields()).containsExactly("requesterKind", "companyName"));
        assertThat(core.queries.search(new PartySearch(null, null, 0, 10)).total())
                .isEqualTo(1);
    }
}
