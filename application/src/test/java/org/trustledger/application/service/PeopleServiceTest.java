package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.PeopleQuery.Correction;
import org.trustledger.application.port.in.PeopleQuery.DisclosedEntry;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.in.PeopleQuery.PersonFound;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.PersonKeys;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange.Field;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.TroubleCategory;

/**
 * Finding a person and telling them what the shop holds, over the whole core in memory: entries recorded through the
 * commands, filed by the people projection, read back from the stored histories with who recorded them.
 */
class PeopleServiceTest {
    static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final Map<PersonId, PersonKeys.PersonKey> keys = new HashMap<>();
    private final PeopleService people = new PeopleService(core.people, core.views, core.queries, new PersonKeys() {
        @Override
        public Optional<PersonKey> find(PersonId person) {
            return Optional.ofNullable(keys.get(person));
        }

        @Override
        public void destroy(PersonId person, Instant at) {
            keys.put(person, new PersonKey(keys.get(person).createdAt(), at));
        }

        @Override
        public int entriesInPlaintext(PartyId person) {
            return 0;
        }

        @Override
        public boolean holdsUnderOwnKey(PersonId person, PartyId party, long sequence) {
            return true;
        }
    });
    private final PartyId customer = new PartyId(UUID.randomUUID());
    private final PartyId reseller = new PartyId(UUID.randomUUID());

    @BeforeEach
    void recorded() {
        record(
                "hanako",
                new RegisterParty(customer, PartyKind.CUSTOMER, details("090-8765-4321", "東京都杉並区阿佐谷北9-8-7"), at(0)));
        record("kenji", new AmendParty(customer, PartyKind.CUSTOMER, details("090-1111-0000", "東京都中野区中央1-2-3"), at(1)));
        record("hanako", new IdentifyCaller(customer, PersonName.of("鷺沼 千景"), true, "本人", null, at(2)));
        record("hanako", new IdentifyCaller(customer, PersonName.of("鷺沼浩二"), true, "夫", phone("090-2222-3333"), at(3)));
        record(
                "kenji",
                new RegisterParty(
                        reseller,
                        PartyKind.RESELLER,
                        new PartyDetails(
                                PartyName.of("株式会社ネクストライン"),
                                List.of(phone("03-5321-7788")),
                                null,
                                PersonName.of("代表取締役 山田太郎"),
                                null),
                        at(4)));
        record("kenji", new IdentifyCaller(reseller, PersonName.of("鷺沼　浩二"), true, "営業", phone("09022223333"), at(5)));
        // Heard in kana only: the same number, but another name as written, so another person.
        record(
                "kenji",
                new IdentifyCaller(reseller, PersonName.of("さぎぬま こうじ"), true, "営業", phone("+81 90 2222 3333"), at(6)));
        record(
                "hanako",
                new LogTrouble(customer, TroubleCategory.WRONG_PLAN, Severity.MAJOR, "説明と違う契約", null, null, at(7)));
        record("kenji", new RetractEntry(reseller, 2, "別の代理店の件だった", at(8)));
        keys.put(PersonId.of(customer), new PersonKeys.PersonKey(at(0), null));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aCallerOfTwoParties_isFoundOnce_byTheirNumberInAnyNotation_withBothParties() {
        List<PersonFound> found = people.find("(090)2222-3333");

        assertThat(found)
                .extracting(PersonFound::names, PersonFound::roles, PersonFound::lastSeenAt)
                .containsExactly(
                        tuple(List.of("さぎぬま こうじ"), Set.of(Role.CALLER), at(6)),
                        tuple(List.of("鷺沼　浩二", "鷺沼浩二"), Set.of(Role.CALLER), at(5)));
        assertThat(found.get(1).parties()).extracting(p -> p.partyId()).containsExactly(customer, reseller);
        assertThat(found.get(1).entries()).isEqualTo(2);
    }

    @Test
    void aName_findsThePeopleWhoseFoldedNameOrReadingHoldsIt_whateverTheWidthKanaOrSpaces() {
        assertThat(people.find("鷺沼"))
                .extracting(PersonFound::personId)
                .contains(PersonId.of(customer))
                .hasSize(2);
        assertThat(people.find("ｻｷﾞﾇﾏ　ｺｳｼﾞ")).hasSize(1);
        assertThat(people.find("山田 太郎 様"))
                .singleElement()
                .satisfies(found -> assertThat(found.roles()).containsExactly(Role.REPRESENTATIVE));
        assertThat(people.find("鈴木")).isEmpty();
    }

    @Test
    void aBlankOrOneLetterQuery_isRefused_namingTheField() {
        for (String q : new String[] {null, " ", "鷺", "  様 "}) {
            assertThatThrownBy(() -> people.find(q))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(
                            e -> assertThat(((InvalidValueException) e).field()).isEqualTo("q"));
        }
    }

    @Test
    void aPrivateCustomer_isToldEveryEntryOfTheirParty_withWhoRecordedIt_andEachCorrectionWithBothValues() {
        Disclosure disclosure = people.disclose(PersonId.of(customer)).orElseThrow();

        assertThat(disclosure.privateCustomer()).isTrue();
        assertThat(disclosure.erasedAt()).isNull();
        assertThat(disclosure.details().phones()).containsExactly(phone("090-1111-0000"));
        assertThat(disclosure.entries())
                .extracting(
                        e -> e.entry().sequence(),
                        e -> e.entry().type(),
                        e -> e.entry().recordedBy(),
                        DisclosedEntry::roles)
                .containsExactly(
                        tuple(1L, "PartyRegistered", "hanako", Set.of(Role.CUSTOMER)),
                        tuple(2L, "PartyAmended", "kenji", Set.of(Role.CUSTOMER)),
                        tuple(3L, "CallerIdentified", "hanako", Set.of(Role.CUSTOMER)),
                        tuple(4L, "CallerIdentified", "hanako", Set.of(Role.CUSTOMER)),
                        tuple(5L, "TroubleLogged", "hanako", Set.of(Role.CUSTOMER)));
        assertThat(disclosure.corrections())
                .extracting(
                        Correction::field,
                        Correction::before,
                        Correction::since,
                        Correction::after,
                        Correction::correctedAt,
                        Correction::correctedBy)
                .containsExactly(
                        tuple(Field.PHONES, List.of("090-8765-4321"), at(0), List.of("090-1111-0000"), at(1), "kenji"),
                        tuple(
                                Field.ADDRESS,
                                List.of("東京都杉並区阿佐谷北9-8-7"),
                                at(0),
                                List.of("東京都中野区中央1-2-3"),
                                at(1),
                                "kenji"));
    }

    @Test
    void aCaller_isToldOnlyTheEntriesNamingThem_onEveryParty_withTheRetractionOfOne() {
        PersonId caller = people.find("090-2222-3333").get(1).personId();

        Disclosure disclosure = people.disclose(caller).orElseThrow();

        assertThat(disclosure.privateCustomer()).isFalse();
        assertThat(disclosure.details()).isNull();
        assertThat(disclosure.corrections()).isEmpty();
        assertThat(disclosure.phones()).containsExactly(phone("090-2222-3333"));
        assertThat(disclosure.entries())
                .extracting(
                        e -> e.party().partyId(),
                        e -> e.entry().sequence(),
                        DisclosedEntry::roles,
                        DisclosedEntry::retractedBy)
                .containsExactly(
                        tuple(customer, 4L, Set.of(Role.CALLER), null),
                        tuple(reseller, 2L, Set.of(Role.CALLER), 4L),
                        tuple(reseller, 4L, Set.of(), null));
        assertThat(disclosure.entries().get(1).party().name()).isEqualTo("株式会社ネクストライン");
    }

    @Test
    void anIdNobodyHas_andACompanysPartyId_discloseNothing() {
        assertThat(people.disclose(new PersonId(UUID.randomUUID()))).isEmpty();
        assertThat(people.disclose(PersonId.of(reseller))).isEmpty();
    }

    @Test
    void anErasedCustomer_isNoLongerFound_andTheirCallersAreFoundOnlyWhereTheyStillAre() {
        record("kenji", new ErasePersonalData(customer, "本人からの請求", at(9)));

        assertThat(people.find("鷺沼")).extracting(PersonFound::personId).doesNotContain(PersonId.of(customer));
        assertThat(core.people.parties()).doesNotContain(customer);
        assertThat(people.find("090-2222-3333").get(1).parties())
                .extracting(p -> p.partyId())
                .containsExactly(reseller);
    }

    private void record(String who, PartyCommand command) {
        core.commands.record(command, Recording.of(who, UUID.randomUUID().toString()));
    }

    private static PartyDetails details(String phone, String address) {
        return new PartyDetails(PartyName.of("鷺沼 千景"), List.of(phone(phone)), Address.of(address), null, null);
    }

    private static PhoneNumber phone(String text) {
        return PhoneNumber.parse(text);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
