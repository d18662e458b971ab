package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.ReportsQuery.PartyShortfall;
import org.trustledger.application.port.in.ReportsQuery.WeeklyVerdicts;
import org.trustledger.application.port.out.ReportData;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

class ReportServiceTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // A Monday, 10:00 in Tokyo.
    static final Instant NOW = Instant.parse("2026-03-16T01:00:00Z");

    /** The ledger's data as a test gives it, and the instants the service asked from. */
    static final class FakeReportData implements ReportData {
        List<TroubleEntry> troubles = List.of();
        List<ScreenedRequest> screened = List.of();
        Instant troublesAskedSince;
        Instant screeningsAskedSince;

        @Override
        public List<TroubleEntry> troublesSince(Instant since) {
            troublesAskedSince = since;
            return troubles;
        }

        @Override
        public List<PartyShortfall> shortfallsByParty(int limit) {
            return List.of(new PartyShortfall(new PartyId(UUID.randomUUID()), "A", 500, 0))
                    .subList(0, limit > 0 ? 1 : 0);
        }

        @Override
        public Map<TrustStatus, Long> statusCounts() {
            return Map.of(TrustStatus.GOOD, 2L);
        }

        @Override
        public List<ScreenedRequest> screenedRequestsSince(Instant since) {
            screeningsAskedSince = since;
            return screened;
        }
    }

    private final FakeReportData data = new FakeReportData();
    private final ReportService service = new ReportService(data);

    @Test
    void troubles_areCountedPerMonthInTheShopsZone_byTheDayTheyHappened_overTwelveMonths() {
        data.troubles = List.of(
                // 23:30 UTC on the last day of February is already March in Tokyo.
                new ReportData.TroubleEntry(Instant.parse("2026-02-28T23:30:00Z"), null, TroubleCategory.WRONG_PLAN),
                // Recorded in March, but it happened in January.
                new ReportData.TroubleEntry(
                        Instant.parse("2026-03-02T01:00:00Z"), LocalDate.of(2026, 1, 20), TroubleCategory.SCOPE_CREEP),
                new ReportData.TroubleEntry(Instant.parse("2026-03-03T01:00:00Z"), null, TroubleCategory.WRONG_PLAN),
                // Too old to show.
                new ReportData.TroubleEntry(
                        Instant.parse("2026-03-04T01:00:00Z"), LocalDate.of(2024, 1, 1), TroubleCategory.OTHER));

        var months = service.reports(NOW, TOKYO).troublesByMonth();

        assertThat(months).hasSize(12);
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(months.getLast().byCategory()).isEqualTo(Map.of(TroubleCategory.WRONG_PLAN, 2L));
        assertThat(months.get(9).byCategory()).isEqualTo(Map.of(TroubleCategory.SCOPE_CREEP, 1L));
        assertThat(months.stream().mapToLong(m -> m.total()).sum()).isEqualTo(3);
        assertThat(data.troublesAskedSince).isBefore(Instant.parse("2025-04-01T00:00:00Z"));
    }

    @Test
    void verdicts_areCountedPerWeekFromMonday_andARecordedCautionHasNoAnswer() {
        data.screened = List.of(
                new ReportData.ScreenedRequest(Instant.parse("2026-03-16T00:30:00Z"), Answer.REFUSED),
                new ReportData.ScreenedRequest(Instant.parse("2026-03-15T14:59:00Z"), null),
                new ReportData.ScreenedRequest(Instant.parse("2026-03-15T14:59:00Z"), Answer.ACCEPTED));

        List<WeeklyVerdicts> weeks = service.reports(NOW, TOKYO).verdictsByWeek();

        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().weekStart()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(weeks.getLast().byVerdict()).isEqualTo(Map.of(Verdict.REFUSE, 1L));
        // 23:59 on Sunday in Tokyo belongs to the week before.
        assertThat(weeks.get(10).byVerdict()).isEqualTo(Map.of(Verdict.CAUTION, 1L, Verdict.ACCEPT, 1L));
        assertThat(data.screeningsAskedSince).isEqualTo(Instant.parse("2025-12-28T15:00:00Z"));
    }

    @Test
    void shortfallsAndTheStatusMix_comeAsTheLedgerCountsThem() {
        var reports = service.reports(NOW, TOKYO);

        assertThat(reports.shortfallsByParty())
                .extracting(PartyShortfall::shortYen)
                .containsExactly(500L);
        assertThat(reports.statusMix()).isEqualTo(Map.of(TrustStatus.GOOD, 2L));
    }
}
