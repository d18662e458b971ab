package org.trustledger.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustledger.application.port.in.ReportsQuery.PartyShortfall;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.trust.TrustStatus;

/** Reads what the reports count from the ledger and the read models. */
public interface ReportData {

    /** Troubles recorded at or after {@code since}, oldest first. */
    List<TroubleEntry> troublesSince(Instant since);

    /** The parties that ever paid short, those paid shortest first, at most {@code limit}. */
    List<PartyShortfall> shortfallsByParty(int limit);

    /** How many parties have each stored trust status. */
    Map<TrustStatus, Long> statusCounts();

    /** The answers of the requests recorded from a screening at or after {@code since}. */
    List<ScreenedRequest> screenedRequestsSince(Instant since);

    /** One logged trouble; {@code occurredOn} is null when staff did not say. */
    record TroubleEntry(Instant recordedAt, LocalDate occurredOn, TroubleCategory category) {}

    /** A request recorded with a screening's verdict; a null answer is a caution left for staff to weigh. */
    record ScreenedRequest(Instant recordedAt, Answer answer) {}
}
