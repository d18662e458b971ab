package org.trustledger.adapters.persistence.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Verdict;

/**
 * The contact log in one table every node shares: the primary key on channel and the channel's id makes a retried
 * report, even one that reaches two nodes at once, a single row.
 */
@Repository
class JdbcContactLog implements ContactLog {
    private static final String COLUMNS = "channel, contact_id, sender, recipient, contacted_at, phone_e164, phone_ext,"
            + " withheld, verdict, party_id, party_name, taken_by, recorded_on, logged_at";

    private final JdbcClient jdbc;

    JdbcContactLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(LoggedContact contact) {
        if (find(contact.key()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO contact_log (" + COLUMNS + ") VALUES (:channel, :id, :sender, :recipient, :at,"
                            + " :e164, :ext, :withheld, :verdict, :party, :partyName, :takenBy, :recordedOn,"
                            + " :loggedAt)")
                    .param("channel", contact.key().channel().name())
                    .param("id", contact.key().contactId())
                    .param("sender", contact.from())
                    .param("recipient", contact.to())
                    .param("at", utc(contact.at()))
                    .param(
                            "e164",
                            contact.number() == null ? null : contact.number().e164())
                    .param(
                            "ext",
                            contact.number() == null ? null : contact.number().extension())
                    .param("withheld", contact.withheld())
                    .param(
                            "verdict",
                            contact.verdict() == null ? null : contact.verdict().name())
                    .param("party", id(contact.partyId()))
                    .param("partyName", contact.partyName())
                    .param("takenBy", contact.takenBy())
                    .param("recordedOn", id(contact.recordedOn()))
                    .param("loggedAt", utc(contact.loggedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    @Override
    public List<LoggedContact> recent(int limit) {
        // Newest first by the time the channel gave, arrival order breaking ties.
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_log ORDER BY contacted_at DESC, seq DESC"
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> contact(rs))
                .list();
    }

    @Override
    public Optional<LoggedContact> find(ContactKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_log WHERE channel = :channel AND contact_id = :id")
                .param("channel", key.channel().name())
                .param("id", key.contactId())
                .query((rs, row) -> contact(rs))
                .optional();
    }

    @Override
    public Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn) {
        jdbc.sql("UPDATE contact_log SET taken_by = :takenBy, recorded_on = :recordedOn"
                        + " WHERE channel = :channel AND contact_id = :id")
                .param("takenBy", takenBy)
                .param("recordedOn", id(recordedOn))
                .param("channel", key.channel().name())
                .param("id", key.contactId())
                .update();
        return find(key);
    }

    @Override
    public PurgedContacts purgeLoggedBefore(Instant before) {
        // Two statements, so that each count is exact even while a contact is taken meanwhile.
        int notRecorded = jdbc.sql("DELETE FROM contact_log WHERE logged_at < :before AND recorded_on IS NULL")
                .param("before", utc(before))
                .update();
        int recorded = jdbc.sql("DELETE FROM contact_log WHERE logged_at < :before")
                .param("before", utc(before))
                .update();
        return new PurgedContacts(notRecorded, recorded);
    }

    @Override
    public int forget(PartyId party, Set<String> phones, Set<String> senders) {
        StringBuilder where = new StringBuilder(party == null ? "1 = 0" : "party_id = :party OR recorded_on = :party");
        if (!phones.isEmpty()) {
            where.append(" OR phone_e164 IN (:phones)");
        }
        if (!senders.isEmpty()) {
            where.append(" OR sender IN (:senders)");
        }
        var statement = jdbc.sql("DELETE FROM contact_log WHERE " + where);
        if (party != null) {
            statement = statement.param("party", party.toString());
        }
        if (!phones.isEmpty()) {
            statement = statement.param("phones", List.copyOf(phones));
        }
        if (!senders.isEmpty()) {
            statement = statement.param("senders", List.copyOf(senders));
        }
        return statement.update();
    }

    private static LoggedContact contact(ResultSet rs) throws SQLException {
        String e164 = rs.getString("phone_e164");
        String verdict = rs.getString("verdict");
        return new LoggedContact(
                new ContactKey(Channel.valueOf(rs.getString("channel")), rs.getString("contact_id")),
                rs.getString("sender"),
                rs.getString("recipient"),
                rs.getObject("contacted_at", OffsetDateTime.class).toInstant(),
                e164 == null ? null : new PhoneNumber(e164, rs.getString("phone_ext")),
                rs.getBoolean("withheld"),
                verdict == null ? null : Verdict.valueOf(verdict),
                party(rs.getString("party_id")),
                rs.getString("party_name"),
                rs.getString("taken_by"),
                party(rs.getString("recorded_on")),
                rs.getObject("logged_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String id(PartyId party) {
        return party == null ? null : party.value().toString();
    }

    private static PartyId party(String id) {
        return id == null ? null : new PartyId(UUID.fromString(id));
    }
}
