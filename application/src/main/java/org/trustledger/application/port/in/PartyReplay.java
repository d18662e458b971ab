package org.trustledger.application.port.in;

import java.util.List;
import org.trustledger.domain.party.PersonalDataRequests.Request;

/**
 * A party replayed to a point of its history, as the dashboard shows it: the party as it was then, exactly as
 * {@link PartyAuditQuery#asOf} answers it, and the page of its timeline around the point, with the status after each
 * entry, so that a long history is never shown whole.
 *
 * @param party the party as it stood at the point, its trust included
 * @param openInvoices the invoices still owed on at the point, retracted shortfalls and settlements left out
 * @param point the sequence of the latest entry counted at the point
 * @param timeline the entries of the page of {@link PartyAuditQuery#TIMELINE_PAGE} that holds the point, oldest
 *     first, those after the point marked
 * @param entryCount how many entries the whole history has
 * @param openInvoicesNow the invoices still owed on now, for a settlement recorded today
 * @param terminatedNow whether the relationship is terminated now, for the forms that act today
 * @param openRequestsNow a person's requests about their data that no entry has answered yet, oldest first
 * @param erasureNow the entry that erased the person's data, or null while it is not erased
 */
public record PartyReplay(
        PartyView party,
        List<String> openInvoices,
        long point,
        List<TimelineEntry> timeline,
        long entryCount,
        List<String> openInvoicesNow,
        boolean terminatedNow,
        List<Request> openRequestsNow,
        Long erasureNow) {
    public PartyReplay {
        openRequestsNow = List.copyOf(openRequestsNow);
        openInvoices = List.copyOf(openInvoices);
        timeline = List.copyOf(timeline);
        openInvoicesNow = List.copyOf(openInvoicesNow);
    }
}
