package org.trustledger.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.domain.identity.IdentityEvidence;

/** Evidence reads as a person would say it: an address both sides share is said once, not "A ／ A". */
class EvidenceTextsTest {
    private static final String ADDRESS = "東京都新宿区西新宿1-2-3 サンライズビル 5F";

    private final ReasonTexts texts = new ReasonTexts(messages());

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theSameAddressOnBothSides_isSaidOnce_inBothLanguages() {
        var detail = new IdentityEvidence.Detail(
                "identity.detail.ADDRESS.SAME_FLOOR_OR_ROOM",
                List.of(ADDRESS, ADDRESS),
                "same floor or room: " + ADDRESS + " / " + ADDRESS);

        assertThat(texts.detail(detail, Locale.JAPANESE)).isEqualTo("同じ建物の同じ階・部屋：" + ADDRESS);
        assertThat(texts.detail(detail, Locale.ROOT)).isEqualTo("Same floor or room: " + ADDRESS);
    }

    @Test
    void twoWritingsOfOneAddress_areBothShown() {
        var detail = new IdentityEvidence.Detail(
                "identity.detail.ADDRESS.SAME_FLOOR_OR_ROOM", List.of(ADDRESS, "新宿区西新宿1-2-3 5F"), "text");

        assertThat(texts.detail(detail, Locale.JAPANESE)).contains(" ／ ").contains("新宿区西新宿1-2-3 5F");
    }

    @Test
    void amountsInReasons_areWrittenAsInTheDetails_withThousandsSeparators() {
        String text = texts.text(
                "trust.reason.UNSETTLED_SHORTFALL",
                java.util.Map.of("invoices", 1, "outstandingYen", 4000L),
                Locale.JAPANESE);

        assertThat(text).contains("4,000 円").doesNotContain("4000");
    }
}
