package org.trustledger.application.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trustledger.application.port.in.ReportsQuery;
import org.trustledger.application.port.out.ReportData;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.screening.Verdict;

/** Counts the reports over the last twelve months and the last twelve weeks. */
public final class ReportService implements ReportsQuery {
    static final int MONTHS = 12;
    static final int WEEKS = 12;
    static final int TOP_PARTIES = 20;

    private final ReportData data;

    public ReportService(ReportData data) {
        this.data = data;
    }

    @Override
    public Reports reports(Instant asOf, ZoneId zone) {
        return new Reports(
                troublesByMonth(asOf, zone),
                data.shortfallsByParty(TOP_PARTIES),
                data.statusCounts(),
                verdictsByWeek(asOf, zone));
    }

    private List<MonthlyTroubles> troublesByMonth(Instant asOf, ZoneId zone) {
        YearMonth last = YearMonth.from(asOf.atZone(zone));
        YearMonth first = last.minusMonths(MONTHS - 1);
        Map<YearMonth, Map<TroubleCategory, Long>> months = new TreeMap<>();
        for (int i = 0; i < MONTHS; i++) {
            months.put(first.plusMonths(i), new EnumMap<>(TroubleCategory.class));
        }
        // A trouble recorded late still belongs to the month it happened in, when staff said when that was.
        Instant since = first.atDay(1).minusMonths(1).atStartOfDay(zone).toInstant();
        for (ReportData.TroubleEntry trouble : data.troublesSince(since)) {
            LocalDate day = trouble.occurredOn() != null
                    ? trouble.occurredOn()
                    : trouble.recordedAt().atZone(zone).toLocalDate();
            Map<TroubleCategory, Long> month = months.get(YearMonth.from(day));
            if (month != null) {
                month.merge(trouble.category(), 1L, Long::sum);
            }
        }
        List<MonthlyTroubles> rows = new ArrayList<>();
        months.forEach((month, counts) -> rows.add(new MonthlyTroubles(month, counts)));
        return rows;
    }

    private List<WeeklyVerdicts> verdictsByWeek(Instant asOf, ZoneId zone) {
        LocalDate lastMonday = asOf.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1);
        Map<LocalDate, Map<Verdict, Long>> weeks = new TreeMap<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.put(firstMonday.plusWeeks(i), new EnumMap<>(Verdict.class));
        }
        for (ReportData.ScreenedRequest request :
                data.screenedRequestsSince(firstMonday.atStartOfDay(zone).toInstant())) {
            LocalDate monday = request.recordedAt()
                    .atZone(zone)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Map<Verdict, Long> week = weeks.get(monday);
            if (week != null) {
                week.merge(verdict(request.answer()), 1L, Long::sum);
            }
        }
        List<WeeklyVerdicts> rows = new ArrayList<>();
        weeks.forEach((monday, counts) -> rows.add(new WeeklyVerdicts(monday, counts)));
        return rows;
    }

    /** The inverse of {@link Verdict#answer()}: a screening that cautions records no answer yet. */
    private static Verdict verdict(Answer answer) {
        if (answer == null) {
            return Verdict.CAUTION;
        }
        return switch (answer) {
            case ACCEPTED -> Verdict.ACCEPT;
            case REFUSED -> Verdict.REFUSE;
        };
    }
}
