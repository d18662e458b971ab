package org.trustledger.adapters.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trustledger.application.port.in.ReportsQuery;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

/** Reports with one row of each kind, and the zone they were asked for. */
public final class FakeReports implements ReportsQuery {
    public static final PartyId SHORT_PAYER = new PartyId(UUID.fromString("0b5b0b5b-0000-4000-8000-000000000001"));

    private ZoneId askedZone;

    @Override
    public Reports reports(Instant asOf, ZoneId zone) {
        askedZone = zone;
        return new Reports(
                List.of(new MonthlyTroubles(
                        YearMonth.of(2025, 3),
                        Map.of(TroubleCategory.WRONG_PLAN, 2L, TroubleCategory.SCOPE_CREEP, 1L))),
                List.of(new PartyShortfall(SHORT_PAYER, "株式会社ネクストライン", 55_000, 33_000)),
                Map.of(TrustStatus.TERMINATED, 1L, TrustStatus.GOOD, 3L),
                List.of(new WeeklyVerdicts(LocalDate.of(2025, 3, 24), Map.of(Verdict.REFUSE, 4L, Verdict.ACCEPT, 7L))));
    }

    public ZoneId askedZone() {
        return askedZone;
    }
}
