package org.trustledger.adapters.web.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.PeopleQuery.DisclosedEntry;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.domain.party.PartyId;

/**
 * To whom a person's data was handed: the exports of the ledger, and of the parties their entries are on, taken after
 * the first of those entries was recorded, as the access log holds them (every export is logged, whoever took it).
 */
@Component
public class DisclosedExports {
    /** The most exports a disclosure lists. */
    static final int MAX_EXPORTS = 1000;

    private static final String LEDGER = "GET /api/v1/export/ledger";
    private static final Pattern PARTY = Pattern.compile("GET /api/v1/parties/([^/?]+)/export(\\?.*)?");
    private static final Pattern FORMAT = Pattern.compile("[?&]format=([^&]*)");

    private final AccessLog log;

    public DisclosedExports(AccessLog log) {
        this.log = log;
    }

    /** What an export handed over: the whole ledger, or one party's history. */
    public enum Scope {
        LEDGER,
        PARTY
    }

    /**
     * One export that held the person's data.
     *
     * @param by the account that took it
     * @param partyId the party exported, null for the whole ledger
     * @param format {@code jsonl} or {@code csv}
     */
    public record Export(Instant at, String by, Scope scope, PartyId partyId, String format) {}

    /** The exports taken since the person's data was first recorded, oldest first. */
    public List<Export> of(Disclosure disclosure) {
        Map<PartyId, Instant> firstOn = new HashMap<>();
        for (DisclosedEntry entry : disclosure.entries()) {
            firstOn.merge(entry.party().partyId(), entry.entry().recordedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        if (firstOn.isEmpty()) {
            return List.of();
        }
        Instant first = firstOn.values().stream().min(Instant::compareTo).orElseThrow();
        List<String> prefixes = new ArrayList<>();
        prefixes.add(LEDGER);
        firstOn.keySet().forEach(party -> prefixes.add("GET /api/v1/parties/" + party + "/export"));
        List<Export> exports = new ArrayList<>();
        for (AccessLog.Entry entry : log.matching(prefixes, first, MAX_EXPORTS)) {
            String action = entry.action();
            Matcher party = PARTY.matcher(action);
            if (party.matches()) {
                PartyId exported = PartyId.of(party.group(1));
                // A party's export taken before the person appeared on it did not hold them.
                if (!entry.at().isBefore(firstOn.get(exported))) {
                    exports.add(new Export(entry.at(), entry.username(), Scope.PARTY, exported, format(action)));
                }
            } else if (action.equals(LEDGER) || action.startsWith(LEDGER + "?")) {
                exports.add(new Export(entry.at(), entry.username(), Scope.LEDGER, null, format(action)));
            }
        }
        return exports;
    }

    private static String format(String action) {
        Matcher format = FORMAT.matcher(action);
        return format.find() ? format.group(1) : "jsonl";
    }
}
