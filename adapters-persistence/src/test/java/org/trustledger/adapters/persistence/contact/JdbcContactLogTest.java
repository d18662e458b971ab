package org.trustledger.adapters.persistence.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Verdict;

/** The shared contact log keeps each contact once, newest first, until the retention purges it; on each database. */
class JdbcContactLogTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final PartyId PARTY = new PartyId(UUID.fromString("11111111-2222-4333-8444-555555555555"));

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aContactIsLoggedOncePerChannelAndIdAndReadBackAsLogged(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        JdbcContactLog nodeA = new JdbcContactLog(jdbc);
        JdbcContactLog nodeB = new JdbcContactLog(jdbc);
        LoggedContact call = contact(Channel.PHONE, "pbx-1", T0);

        assertThat(nodeA.add(call)).isTrue();
        assertThat(nodeB.add(contact(Channel.PHONE, "pbx-1", T0.plusSeconds(1))))
                .as("the phone system retrying on the other node")
                .isFalse();
        assertThat(nodeB.add(contact(Channel.EMAIL, "pbx-1", T0)))
                .as("another channel's id")
                .isTrue();

        assertThat(nodeB.find(call.key())).contains(call);
        assertThat(nodeB.taken(call.key(), "hanako", PARTY))
                .hasValueSatisfying(taken -> assertThat(taken.takenBy()).isEqualTo("hanako"));
        assertThat(nodeA.find(call.key()).orElseThrow().recordedOn()).isEqualTo(PARTY);
        assertThat(nodeA.taken(new ContactKey(Channel.PHONE, "never"), "hanako", PARTY))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newestFirstAndPurgedByWhenTheyWereLogged(Kind kind) {
        JdbcContactLog log = new JdbcContactLog(JdbcClient.create(TestDatabases.migrated(kind)));
        for (int i = 0; i < 5; i++) {
            log.add(contact(Channel.PHONE, "c" + i, T0.plus(Duration.ofDays(i))));
        }
        log.add(contact(Channel.PHONE, "unknown caller", T0.minusSeconds(60)));
        log.taken(new ContactKey(Channel.PHONE, "c1"), "hanako", PARTY);

        assertThat(log.recent(3)).extracting(c -> c.key().contactId()).containsExactly("c4", "c3", "c2");
        // The contacts of callers nobody recorded on a party are told apart: the log is all that is kept of them.
        assertThat(log.purgeLoggedBefore(T0.plus(Duration.ofDays(2)))).isEqualTo(new PurgedContacts(2, 1));
        assertThat(log.recent(10)).extracting(c -> c.key().contactId()).containsExactly("c4", "c3", "c2");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anErasure_forgetsEveryContactOfThePerson_byParty_byNumber_andBySender(Kind kind) {
        JdbcContactLog log = new JdbcContactLog(JdbcClient.create(TestDatabases.migrated(kind)));
        PartyId other = new PartyId(UUID.randomUUID());
        log.add(contact(Channel.PHONE, "named", T0));
        log.add(new LoggedContact(
                new ContactKey(Channel.PHONE, "same-number"),
                null,
                null,
                T0,
                PhoneNumber.parse("090-8765-4321"),
                false,
                null,
                null,
                null,
                null,
                null,
                T0));
        log.add(new LoggedContact(
                new ContactKey(Channel.EMAIL, "same-sender"),
                "chikage@example.jp",
                null,
                T0,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                T0));
        log.add(new LoggedContact(
                new ContactKey(Channel.PHONE, "recorded-on"),
                null,
                null,
                T0,
                null,
                true,
                null,
                other,
                null,
                "hanako",
                PARTY,
                T0));
        log.add(new LoggedContact(
                new ContactKey(Channel.PHONE, "someone-else"),
                null,
                null,
                T0,
                PhoneNumber.parse("03-1111-2222"),
                false,
                null,
                other,
                null,
                null,
                null,
                T0));

        int forgotten = log.forget(PARTY, Set.of("+819087654321"), Set.of("chikage@example.jp"));

        assertThat(forgotten).isEqualTo(4);
        assertThat(log.recent(10)).extracting(c -> c.key().contactId()).containsExactly("someone-else");
        assertThat(log.forget(PARTY, Set.of(), Set.of())).isZero();
    }

    private static LoggedContact contact(Channel channel, String id, Instant at) {
        return new LoggedContact(
                new ContactKey(channel, id),
                "0353217788",
                "0312345678",
                at,
                PhoneNumber.parse("03-5321-7788 内線12"),
                false,
                Verdict.REFUSE,
                PARTY,
                "株式会社ネクストライン",
                null,
                null,
                at);
    }
}
