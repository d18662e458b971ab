package org.trustledger.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.PhoneNumber;

/** The phone number in a mail's signature, found by libphonenumber in the sender's own last lines. */
class SignatureTest {
    private static final PhoneNumber RESELLER = PhoneNumber.parse("03-5321-7788");

    @Test
    void givenTheStandardSeparator_thenTheNumberAfterItIsTheSenders() {
        String text = "Please visit our customer on 045-111-2222.\n-- \nNext Hikari\nTEL 03-5321-7788\n";

        assertThat(Signature.number(text).sameLine(RESELLER)).isTrue();
    }

    @Test
    void givenAFramedJapaneseSignatureInFullWidthDigits_thenItsNumberIsRead() {
        String text = "お世話になっております。\n\n━━━━━━━━━━━━\nネクスト光サポート\n電話：０３－５３２１－７７８８\n━━━━━━━━━━━━\n";

        assertThat(Signature.number(text).sameLine(RESELLER)).isTrue();
    }

    @Test
    void givenTheJisMinusSignThatIso2022JpDecodesTo_thenTheNumberIsRead() {
        assertThat(Signature.number("電話：０３−５３２１−７７８８").sameLine(RESELLER)).isTrue();
    }

    @Test
    void givenANumberOnlyInAQuotedEarlierMail_thenThereIsNoSignatureNumber() {
        String text = "Thanks, noted.\nTaro\n\n> On Monday someone wrote:\n> TEL 03-5321-7788\n";

        assertThat(Signature.number(text)).isNull();
    }

    @Test
    void givenANumberOnlyHighInALongBody_thenItIsNotTakenForTheSignature() {
        String text = "Our customer's number is 045-111-2222.\n" + "line\n".repeat(20) + "Regards,\nTaro\n";

        assertThat(Signature.number(text)).isNull();
    }

    @Test
    void givenNoText_thenNoNumber() {
        assertThat(Signature.number("")).isNull();
    }
}
