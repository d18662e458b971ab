package org.trustledger.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

/** The manager's reports: troubles by category per month, shortfalls by party, the status mix and verdicts per week. */
public interface ReportsQuery {

    /**
     * The reports over the months and weeks up to {@code asOf}, with months and weeks counted in {@code zone}, the
     * shop's own time zone.
     */
    Reports reports(Instant asOf, ZoneId zone);

    /** All four reports, each ready to draw: the rows are in the order to show them. */
    record Reports(
            List<MonthlyTroubles> troublesByMonth,
            List<PartyShortfall> shortfallsByParty,
            Map<TrustStatus, Long> statusMix,
            List<WeeklyVerdicts> verdictsByWeek) {
        public Reports {
            troublesByMonth = List.copyOf(troublesByMonth);
            shortfallsByParty = List.copyOf(shortfallsByParty);
            statusMix = Map.copyOf(statusMix);
            verdictsByWeek = List.copyOf(verdictsByWeek);
        }
    }

    /** Troubles logged in one month, by category; categories with none are left out. */
    record MonthlyTroubles(YearMonth month, Map<TroubleCategory, Long> byCategory) {
        public MonthlyTroubles {
            byCategory = Map.copyOf(byCategory);
        }

        public long total() {
            return byCategory.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * What one party paid short in all, and how much of it is still owed.
     *
     * @param shortYen the sum of every shortfall when it was recorded, before any settlement
     */
    record PartyShortfall(PartyId partyId, String name, long shortYen, long outstandingYen) {}

    /** The verdicts of the screenings recorded in the week starting on {@code weekStart} (a Monday). */
    record WeeklyVerdicts(LocalDate weekStart, Map<Verdict, Long> byVerdict) {
        public WeeklyVerdicts {
            byVerdict = Map.copyOf(byVerdict);
        }

        public long count(Verdict verdict) {
            return byVerdict.getOrDefault(verdict, 0L);
        }
    }
}
