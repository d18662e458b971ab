package org.trustledger.adapters.persistence.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEventSamples;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;

/** The party read model on each supported database. */
class JdbcPartyViewsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private JdbcPartyViews views;

    private void open(Kind kind) {
        views = new JdbcPartyViews(JdbcClient.create(TestDatabases.migrated(kind)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void savedView_readsBackEqual_andReplacesOnSecondSave(Kind kind) {
        open(kind);
        PartyView view = view("株式会社ネクストライン", PartyKind.RESELLER, "03-1234-5678");
        views.save(view);
        assertThat(views.find(view.partyId())).contains(view);

        PartyView terminated = new PartyView(
                view.partyId(),
                view.kind(),
                view.details(),
                true,
                new Yen(440),
                2,
                view.registeredAt(),
                T0.plusSeconds(60),
                5);
        views.save(terminated);
        assertThat(views.find(view.partyId())).contains(terminated);
        assertThat(views.search(new PartySearch(null, null, 0, 50)).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownParty_isEmpty(Kind kind) {
        open(kind);
        assertThat(views.find(new PartyId(UUID.randomUUID()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void search_ignoresWidthCaseAndSpaces_andFiltersByKind(Kind kind) {
        open(kind);
        views.save(view("ＡＢＣ 通信 株式会社", PartyKind.RESELLER, "03-1111-2222"));
        views.save(view("abc通信サービス", PartyKind.CUSTOMER, "06-1111-2222"));
        views.save(view("サンライズ光", PartyKind.RESELLER, "045-111-2222"));

        assertThat(names(new PartySearch("abc 通信", null, 0, 50))).containsExactly("abc通信サービス", "ＡＢＣ 通信 株式会社");
        assertThat(names(new PartySearch("ABC", PartyKind.RESELLER, 0, 50))).containsExactly("ＡＢＣ 通信 株式会社");
        assertThat(names(new PartySearch("ｻﾝﾗｲｽﾞ", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("100%", null, 0, 50))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void search_findsAPartyByAnyNotationOfItsPhoneNumber(Kind kind) {
        open(kind);
        views.save(view("サンライズ光", PartyKind.RESELLER, "045-111-2222"));
        views.save(view("別会社", PartyKind.RESELLER, "045-111-2223"));

        assertThat(names(new PartySearch("(045)111-2222", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("+81 45 111 2222", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("０４５１１１２２２２", null, 0, 50))).containsExactly("サンライズ光");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void search_findsACompanyAsScreeningWould_whateverItsLegalFormKanaWidthOrSpacing(Kind kind) {
        open(kind);
        views.save(view("株式会社ネクストライン", PartyKind.RESELLER, "03-5321-7788"));
        views.save(view("ネクストリンク合同会社", PartyKind.RESELLER, "03-5321-7799"));

        for (String q : List.of(
                "(株)ネクストライン",
                "㈱ネクストライン",
                "ネクストライン株式会社",
                "ネクストライン",
                "ねくすとらいん",
                "ﾈｸｽﾄﾗｲﾝ",
                "ネクスト ライン",
                "ネクスト\u200Bライン",
                "株式会社ネクストライン",
                "ストライ")) {
            assertThat(names(new PartySearch(q, null, 0, 50))).as(q).containsExactly("株式会社ネクストライン");
        }
        assertThat(names(new PartySearch("株式会社", null, 0, 50))).containsExactly("株式会社ネクストライン");
        assertThat(names(new PartySearch("ねくすと", null, 0, 50))).containsExactlyInAnyOrder("株式会社ネクストライン", "ネクストリンク合同会社");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void search_findsAPhoneWithAnExtension_orByItsLastFourOrMoreDigits(Kind kind) {
        open(kind);
        views.save(view("サンライズ光", PartyKind.RESELLER, "03-5321-7788 内線12"));
        views.save(view("別会社", PartyKind.RESELLER, "03-7788-5321"));

        assertThat(names(new PartySearch("03-5321-7788", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("03-5321-7788 内線99", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("7788", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("５３２１－７７８８", null, 0, 50))).containsExactly("サンライズ光");
        assertThat(names(new PartySearch("5321", null, 0, 50))).containsExactly("別会社");
        assertThat(names(new PartySearch("788", null, 0, 50))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void search_pagesInNameOrder_withTheTotal(Kind kind) {
        open(kind);
        for (String name : List.of("い", "あ", "え", "う", "お")) {
            views.save(view(name, PartyKind.CUSTOMER, null));
        }
        var second = views.search(new PartySearch(null, null, 1, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(v -> v.details().name().value()).containsExactly("う", "え");
    }

    private List<String> names(PartySearch search) {
        return views.search(search).items().stream()
                .map(v -> v.details().name().value())
                .toList();
    }

    private static PartyView view(String name, PartyKind kind, String phone) {
        var sample = PartyEventSamples.resellerDetails();
        var details = new PartyDetails(
                new PartyName(name),
                phone == null ? List.of() : List.of(PhoneNumber.parse(phone)),
                sample.address(),
                sample.representative(),
                sample.bankAccount());
        return new PartyView(
                new PartyId(UUID.randomUUID()),
                kind,
                details,
                false,
                Yen.ZERO,
                0,
                T0.truncatedTo(ChronoUnit.MICROS),
                T0,
                1);
    }
}
