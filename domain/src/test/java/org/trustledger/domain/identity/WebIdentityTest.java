package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;

/** E-mail addresses and web domains as people write them, compared by one key; free-mail domains say nothing. */
class WebIdentityTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bright-net.co.jp                               | bright-net.co.jp
            www.bright-net.co.jp                           | bright-net.co.jp
            https://www.Bright-Net.co.jp/contact?x=1#form  | bright-net.co.jp
            http://bright-net.co.jp:8080/                  | bright-net.co.jp
            ｈｔｔｐｓ：／／ｗｗｗ．ｂｒｉｇｈｔ－ｎｅｔ．ｃｏ．ｊｐ／ | bright-net.co.jp
            bright-net.co.jp.                              | bright-net.co.jp
            ブライト.jp                                     | xn--eckvdtb8d.jp
            https://ブライト。jp/                            | xn--eckvdtb8d.jp
            XN--ECKVDTB8D.JP                               | xn--eckvdtb8d.jp
            shop.bright-net.co.jp                          | shop.bright-net.co.jp
            """)
    void aWebsiteIsKeyedByItsHostAlone(String written, String key) {
        assertThat(WebDomain.of(written).key()).isEqualTo(key);
        assertThat(WebDomain.of(written).value()).isEqualTo(written.strip());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Info@Bright-Net.co.jp             | info@bright-net.co.jp
            ｉｎｆｏ＠ｂｒｉｇｈｔ－ｎｅｔ．ｃｏ．ｊｐ | info@bright-net.co.jp
            mailto:info@bright-net.co.jp      | info@bright-net.co.jp
            info@ブライト.jp                   | info@xn--eckvdtb8d.jp
            in\u00ADfo@bright-net.co.jp       | info@bright-net.co.jp
            """)
    void anEmailAddressIsKeyedInLowerCaseWithItsDomainInAscii(String written, String key) {
        assertThat(EmailAddress.of(written.replace("\\u00AD", "\u00AD")).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gmail.com",
                "yahoo.co.jp",
                "docomo.ne.jp",
                "ezweb.ne.jp",
                "softbank.ne.jp",
                "icloud.com",
                "outlook.com",
                "hotmail.com",
                "i.softbank.jp",
                "mail.yahoo.co.jp"
            })
    void freeMailDomainsWeighNothing(String domain) {
        assertThat(WebDomain.of(domain).freeMail()).isTrue();
        PartyIdentity identity = new PartyIdentity(
                null, List.of(), null, null, null, List.of(EmailAddress.of("someone@" + domain)), List.of());
        assertThat(identity.domainKeys()).isEmpty();
        assertThat(identity.indexKeys()).containsExactly("email:someone@" + domain);
    }

    @Test
    void aBusinessDomainIsFiledFromItsWebsiteAndItsMail_once() {
        PartyIdentity identity = new PartyIdentity(
                null,
                List.of(),
                null,
                null,
                null,
                List.of(EmailAddress.of("info@bright-net.co.jp")),
                List.of(WebDomain.of("https://www.bright-net.co.jp/")));

        assertThat(identity.indexKeys())
                .containsExactlyInAnyOrder("email:info@bright-net.co.jp", "domain:bright-net.co.jp");
        assertThat(WebDomain.of("gmail.com.example.jp").freeMail())
                .as("only gmail.com and below")
                .isFalse();
        assertThat(WebDomain.of("notgmail.com").freeMail()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a domain", "localhost", "http://", "-bad-.jp", "a..jp", "\u202Eevil.jp"})
    void whatIsNoDomainIsRefusedNamingTheField(String written) {
        assertThatThrownBy(() -> WebDomain.of(written))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("website"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"info-at-example.jp", "@example.jp", "info@", "info@localhost", "in fo@example.jp"})
    void whatIsNoAddressIsRefusedNamingTheField(String written) {
        assertThatThrownBy(() -> EmailAddress.of(written))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("email"));
    }
}
