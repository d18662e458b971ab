package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange.Field;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PartyPeople.Role;

/** Who an entry names, and when two appearances are one person. */
class PartyPeopleTest {
    static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");
    static final PartyId A = new PartyId(UUID.randomUUID());
    static final PartyId B = new PartyId(UUID.randomUUID());

    static Appearance caller(PartyId party, String name, String phone, PartyKind kind, String partyName) {
        var event = new CallerIdentified(
                party,
                name == null ? null : new PersonName(name),
                name != null,
                "営業",
                phone == null ? null : PhoneNumber.parse(phone),
                NOW);
        return PartyPeople.named(event, kind, partyName == null ? null : new PartyName(partyName))
                .getFirst();
    }

    @Test
    void aCallerGivingTheSameFoldedNameAndNumber_isOnePersonOnEveryParty() {
        Appearance onA = caller(A, "山田 太郎", "090-1234-5678", PartyKind.RESELLER, "株式会社A");
        Appearance onB = caller(B, "山田太郎", "+81 90 1234 5678", PartyKind.CARRIER, "B通信");

        assertThat(onA.role()).isEqualTo(Role.CALLER);
        assertThat(onA.identity()).isEqualTo(onB.identity());
        assertThat(caller(B, "山田太郎", "090-9999-0000", PartyKind.RESELLER, "B").identity())
                .isNotEqualTo(onA.identity());
    }

    @Test
    void aNameOrANumberAlone_isOnePersonOnOnePartyOnly() {
        assertThat(caller(A, "山田太郎", null, PartyKind.RESELLER, "A").identity())
                .isNotEqualTo(caller(B, "山田太郎", null, PartyKind.RESELLER, "B").identity());
        assertThat(caller(A, null, "090-1234-5678", PartyKind.RESELLER, "A").identity())
                .isNotEqualTo(caller(B, null, "090-1234-5678", PartyKind.RESELLER, "B")
                        .identity());
    }

    @Test
    void aPrivateCustomerCallingForThemselves_isTheCustomer_andSomeoneElseCallingForThem_isACaller() {
        assertThat(caller(A, "鷺沼千景", null, PartyKind.CUSTOMER, "鷺沼 千景"))
                .extracting(Appearance::role, Appearance::identity)
                .containsExactly(Role.CUSTOMER, null);
        assertThat(caller(A, "鷺沼浩二", null, PartyKind.CUSTOMER, "鷺沼 千景").role()).isEqualTo(Role.CALLER);
    }

    @Test
    void aRegistration_namesTheCustomer_andARepresentative_perParty_butNothingErased() {
        var customer = new PartyRegistered(
                A,
                PartyKind.CUSTOMER,
                new PartyDetails(
                        new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse("090-8765-4321 内線2")), null, null, null),
                NOW);
        assertThat(PartyPeople.named(customer, null, null)).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(Role.CUSTOMER);
            assertThat(p.phones()).containsExactly(PhoneNumber.parse("090-8765-4321"));
        });
        var company = new PartyRegistered(
                B,
                PartyKind.RESELLER,
                new PartyDetails(new PartyName("株式会社B"), List.of(), null, new PersonName("代表取締役 山田太郎"), null),
                NOW);
        assertThat(PartyPeople.named(company, null, null)).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(Role.REPRESENTATIVE);
            assertThat(p.key().value()).isEqualTo("山田太郎");
            assertThat(p.identity()).contains(B.toString());
        });
        var erased = new PartyRegistered(
                A,
                PartyKind.CUSTOMER,
                new PartyDetails(
                        new PartyName(Erasure.MARK),
                        List.of(new PhoneNumber(Erasure.MARK)),
                        null,
                        new PersonName(Erasure.MARK),
                        null),
                NOW);
        assertThat(PartyPeople.named(erased, null, null)).isEmpty();
    }

    @Test
    void aCorrection_isEachFieldThatChanged_withBothValues() {
        var before = new PartyDetails(
                new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse("090-8765-4321")), new Address("杉並区"), null, null);
        var after =
                new PartyDetails(new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse("090-1111-0000")), null, null, null);

        assertThat(DetailChange.between(before, after))
                .containsExactly(
                        new DetailChange(Field.PHONES, List.of("090-8765-4321"), List.of("090-1111-0000")),
                        new DetailChange(Field.ADDRESS, List.of("杉並区"), List.of()));
    }
}
