package org.trustledger.adapters.persistence.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.IdentityKeys;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;

/** The identity index on each supported database: found by normalised key, in any notation, never by scanning. */
class JdbcPartyIdentityIndexTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private JdbcPartyViews views;
    private JdbcPartyIdentityIndex index;

    private void open(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        views = new JdbcPartyViews(jdbc);
        index = new JdbcPartyIdentityIndex(jdbc);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPartyIsFound_byItsAddressAndPhone_writtenAnotherWay(Kind kind) {
        open(kind);
        PartyId nextline = save("株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階");
        save("別の会社", "03-5321-7789", "東京都新宿区西新宿一丁目2番4号");

        Set<String> keys = IdentityKeys.of(new PartyIdentity(
                new PartyName("合同会社ネクスト光サポート"),
                List.of(PhoneNumber.parse("(03)5321-7788")),
                new Address("新宿区西新宿1-2-3 サンライズビル5F"),
                null,
                null));
        List<KeyMatch> hits = index.lookup(keys, 50);

        assertThat(hits)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.parties()).containsExactly(nextline));
        assertThat(hits)
                .extracting(KeyMatch::key)
                .anyMatch(k -> k.startsWith("phone:"))
                .anyMatch(k -> k.startsWith("addr:"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRetiredKey_stillFindsTheParty_withWhenItStoppedBeingCurrent_untilItIsCurrentAgain(Kind kind) {
        open(kind);
        PartyId moved = PartyId.of(UUID.randomUUID().toString());
        Instant until = Instant.parse("2026-05-20T01:00:00Z");
        index.add(moved, Set.of("phone:+81112223301", "phone:+81115557788"));
        index.retire(moved, Set.of("phone:+81112223301", "email:info@kitaichi-connect.co.jp"), until);

        assertThat(index.lookup(Set.of("phone:+81112223301", "email:info@kitaichi-connect.co.jp"), 50))
                .hasSize(2)
                .allSatisfy(hit -> assertThat(hit.parties()).containsExactly(moved));
        assertThat(index.formerKeysOf(moved))
                .containsOnlyKeys("phone:+81112223301", "email:info@kitaichi-connect.co.jp")
                .containsValue(until);

        index.add(moved, Set.of("phone:+81112223301"));
        assertThat(index.formerKeysOf(moved)).containsOnlyKeys("email:info@kitaichi-connect.co.jp");
        index.addAll(List.of(new JdbcPartyIdentityIndex.Filing(moved, "domain:north-connect.jp", until)));
        assertThat(index.formerKeysOf(moved)).containsKey("domain:north-connect.jp");
        index.remove(moved, Set.of("email:info@kitaichi-connect.co.jp"));
        assertThat(index.lookup(Set.of("email:info@kitaichi-connect.co.jp"), 50))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCrowdedKey_tellsHowManyShareIt_butReturnsOnlyTheLimit(Kind kind) {
        open(kind);
        for (int i = 0; i < 8; i++) {
            save("テナント" + i, null, "東京都千代田区大手町一丁目1番1号 大手町タワー" + (i + 1) + "階");
        }
        Set<String> keys = IdentityKeys.of(new PartyIdentity(null, List.of(), new Address("千代田区大手町1-1-1"), null, null));
        List<KeyMatch> hits = index.lookup(keys, 3);

        // The street address is found under its key and under its town's, each shared by all eight.
        assertThat(hits).extracting(KeyMatch::key).containsExactlyInAnyOrder("addr:千代田区大手町|1-1-1", "town:大手町|1-1-1");
        assertThat(hits).allSatisfy(hit -> {
            assertThat(hit.sharedBy()).isEqualTo(8);
            assertThat(hit.parties()).hasSize(3);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removedKeys_noLongerFindTheParty_andTheOthersStill(Kind kind) {
        open(kind);
        PartyId party = save("株式会社ネクストライン", "03-5321-7788", null);

        index.remove(party, Set.of(PhoneNumber.parse("03-5321-7788").indexKey()));
        index.add(party, Set.of(PhoneNumber.parse("03-9999-0000").indexKey()));

        assertThat(index.lookup(Set.of(PhoneNumber.parse("03-5321-7788").indexKey()), 10))
                .isEmpty();
        assertThat(index.lookup(Set.of(PhoneNumber.parse("03-9999-0000").indexKey(), "name:ネクストライン"), 10))
                .extracting(KeyMatch::parties)
                .containsExactly(List.of(party), List.of(party));
        assertThat(index.lookup(Set.of(), 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingEveryKeyOfAParty_takesItsCurrentAndFormerKeys_andLeavesOthersFiledThere(Kind kind) {
        open(kind);
        PartyId erased = save("鷺沼 千景", "090-8765-4321", "東京都杉並区阿佐谷北九丁目8番7号");
        PartyId neighbour = save("株式会社ネクストライン", "090-8765-4321", null);
        index.retire(erased, Set.of("phone:+81311112222", "caller:サギヌマチカゲ"), T0);

        index.removeAll(erased);

        assertThat(index.formerKeysOf(erased)).isEmpty();
        Set<String> everyKey = new HashSet<>(details("鷺沼 千景", "090-8765-4321", "東京都杉並区阿佐谷北九丁目8番7号")
                .identity()
                .indexKeys());
        everyKey.addAll(Set.of("phone:+81311112222", "caller:サギヌマチカゲ"));
        assertThat(index.lookup(everyKey, 10)).extracting(KeyMatch::parties).containsExactly(List.of(neighbour));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void addingAKeyTwice_filesThePartyOnce(Kind kind) {
        open(kind);
        PartyId party = save("株式会社ネクストライン", "03-5321-7788", null);

        index.add(party, Set.of("phone:+81353217788", "caller:サトウケンイチ"));
        index.add(party, Set.of("caller:サトウケンイチ"));

        assertThat(index.lookup(Set.of("phone:+81353217788", "caller:サトウケンイチ"), 10))
                .extracting(KeyMatch::sharedBy)
                .containsExactly(1, 1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aKeyTooLongForTheColumn_isNotIndexed_andRemovingWhatIsNotThereIsHarmless(Kind kind) {
        open(kind);
        PartyId party = new PartyId(UUID.randomUUID());
        String tooLong = "addr:" + "あ".repeat(JdbcPartyIdentityIndex.MAX_KEY_LENGTH);

        index.add(party, Set.of(tooLong, ""));
        index.remove(party, Set.of("phone:+81300000000"));

        assertThat(index.lookup(Set.of(tooLong), 10)).isEmpty();
    }

    private PartyId save(String name, String phone, String address) {
        PartyId id = new PartyId(UUID.randomUUID());
        PartyDetails details = details(name, phone, address);
        views.save(new PartyView(id, PartyKind.RESELLER, details, false, Yen.ZERO, 0, T0, T0, 1));
        index.add(id, details.identity().indexKeys());
        return id;
    }

    private static PartyDetails details(String name, String phone, String address) {
        return new PartyDetails(
                new PartyName(name),
                phone == null ? List.of() : List.of(PhoneNumber.parse(phone)),
                Address.ofNullable(address),
                null,
                null);
    }

    @Test
    void keysArePaddedToAPowerOfTwoWithTheLastRepeated_soThatFewStatementTextsServeEveryCall() {
        assertThat(JdbcPartyIdentityIndex.padded(List.of("a"))).containsExactly("a");
        assertThat(JdbcPartyIdentityIndex.padded(List.of("a", "b", "c"))).containsExactly("a", "b", "c", "c");
        assertThat(JdbcPartyIdentityIndex.padded(List.of("a", "b", "c", "d"))).containsExactly("a", "b", "c", "d");
        assertThat(JdbcPartyIdentityIndex.padded(List.of("a", "b", "c", "d", "e")))
                .hasSize(8)
                .endsWith("e", "e");
    }
}
