package org.trustledger.adapters.persistence.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.personal.MasterKey;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.out.PeopleIndex.Filed;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;

/**
 * The people index on both databases: people filed from entries are found by any part of their folded name or its
 * reading and by their whole number, one person under one id however many parties name them, an id that reveals nothing
 * and stays the same for the same master key and ledger; forgetting a party leaves nothing of its people.
 */
class JdbcPeopleIndexTest {
    static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
    static final PartyId RESELLER = PartyId.of("6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f61");
    static final PartyId OTHER_RESELLER = PartyId.of("6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f62");
    static final PartyId CUSTOMER = PartyId.of("6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f63");

    private static final class Db {
        final JdbcClient jdbc;
        final String masterKey = MasterKey.generate();
        final JdbcPeopleIndex people;

        Db(Kind kind) {
            DataSource dataSource = TestDatabases.migrated(kind);
            jdbc = JdbcClient.create(dataSource);
            people = index(masterKey);
        }

        JdbcPeopleIndex index(String master) {
            return new JdbcPeopleIndex(jdbc, new JdbcPersonIds(jdbc, MasterKey.ofBase64(master), Clock.systemUTC()));
        }

        void record(PartyId party, long sequence, Instant at, Object event, PartyKind kind, String partyName) {
            people.file(
                    party,
                    sequence,
                    at,
                    PartyPeople.named(
                            (org.trustledger.domain.party.PartyEvent) event,
                            kind,
                            partyName == null ? null : new PartyName(partyName)));
        }
    }

    static CallerIdentified caller(PartyId party, String name, String phone, Instant at) {
        return new CallerIdentified(
                party, PersonName.of(name), true, "営業", phone == null ? null : PhoneNumber.parse(phone), at);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCallerOfTwoParties_isOnePerson_foundByNameKanaOrNumber_inAnyNotation(Kind kind) {
        Db db = new Db(kind);
        db.record(RESELLER, 3, T0, caller(RESELLER, "山田 太郎（やまだたろう）", "090-1234-5678", T0), PartyKind.RESELLER, "株式会社A");
        db.record(
                OTHER_RESELLER,
                5,
                T0.plusSeconds(60),
                caller(OTHER_RESELLER, "山田太郎", "+81 90 1234 5678", T0.plusSeconds(60)),
                PartyKind.RESELLER,
                "株式会社B");
        // Another person of the same name, from another number.
        db.record(RESELLER, 4, T0, caller(RESELLER, "山田太郎", "090-9999-0000", T0), PartyKind.RESELLER, "株式会社A");

        List<PersonId> byNumber = db.people.search(null, "+819012345678", 10);
        assertThat(byNumber).hasSize(1);
        assertThat(db.people.search("ヤマダ", null, 10)).containsExactly(byNumber.getFirst());
        assertThat(db.people.search("田太", null, 10)).hasSize(2);
        assertThat(db.people.search("鈴木", null, 10)).isEmpty();
        assertThat(db.people.search("%", null, 10)).isEmpty();

        List<Filed> filed = db.people.appearances(byNumber);
        assertThat(filed)
                .extracting(Filed::party, Filed::sequence, Filed::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RESELLER, 3L, Role.CALLER),
                        org.assertj.core.groups.Tuple.tuple(OTHER_RESELLER, 5L, Role.CALLER));
        assertThat(filed.getFirst().phones()).containsExactly("+819012345678");

        // The id tells nothing: it is neither party's, and the same ledger and master key give it again.
        PersonId id = byNumber.getFirst();
        assertThat(id.value()).isNotIn(RESELLER.value(), OTHER_RESELLER.value());
        assertThat(id.value().version()).isEqualTo(8);
        assertThat(db.index(db.masterKey)
                        .rows(
                                RESELLER,
                                3,
                                T0,
                                PartyPeople.named(
                                        caller(RESELLER, "山田太郎", "0901234-5678", T0), PartyKind.RESELLER, null)))
                .extracting(JdbcPeopleIndex.Row::person)
                .containsExactly(id);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void filingAnEntryAgain_changesNothing_andForgettingAParty_leavesNoneOfItsPeople(Kind kind) {
        Db db = new Db(kind);
        var registered = new PartyRegistered(
                CUSTOMER,
                PartyKind.CUSTOMER,
                new PartyDetails(new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse("090-8765-4321")), null, null, null),
                T0);
        db.record(CUSTOMER, 1, T0, registered, null, null);
        db.record(CUSTOMER, 1, T0, registered, null, null);
        db.record(CUSTOMER, 2, T0, caller(CUSTOMER, "鷺沼千景", null, T0), PartyKind.CUSTOMER, "鷺沼 千景");
        db.record(CUSTOMER, 3, T0, caller(CUSTOMER, "鷺沼 浩二", "090-1111-2222", T0), PartyKind.CUSTOMER, "鷺沼 千景");
        db.record(RESELLER, 2, T0, caller(RESELLER, "鷺沼 浩二", "090-1111-2222", T0), PartyKind.RESELLER, "株式会社A");

        List<PersonId> customer = db.people.search(null, "+819087654321", 10);
        assertThat(customer).containsExactly(PersonId.of(CUSTOMER));
        // The customer calling for themselves is the customer.
        assertThat(db.people.appearances(customer))
                .extracting(Filed::sequence, Filed::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, Role.CUSTOMER),
                        org.assertj.core.groups.Tuple.tuple(2L, Role.CUSTOMER));

        db.people.forget(CUSTOMER);

        assertThat(db.people.search("鷺沼", null, 10)).hasSize(1);
        assertThat(db.jdbc
                        .sql("SELECT name, name_key, phones FROM person_appearance WHERE party_id = :party")
                        .param("party", CUSTOMER.toString())
                        .query()
                        .listOfRows())
                .isEmpty();
        assertThat(db.people.appearances(db.people.search("鷺沼", null, 10)))
                .extracting(Filed::party)
                .containsExactly(RESELLER);
    }
}
