package org.trustledger.adapters.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.identity.PhoneNumber;

class CallerNumberTest {
    static final PhoneNumber RESELLER = PhoneNumber.parse("03-5321-7788");

    @ParameterizedTest
    @ValueSource(
            strings = {"+81353217788", "0353217788", "03-5321-7788", "０３５３２１７７８８", "1860353217788", "186-03-5321-7788"})
    void givenTheNumberAsPhoneSystemsSendIt_thenItIsRead(String from) {
        CallerNumber caller = CallerNumber.read(from);

        assertThat(caller.number()).isEqualTo(RESELLER);
        assertThat(caller.withheld()).isFalse();
        assertThat(caller.unreadable()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"非通知", "anonymous", "Anonymous", "公衆電話", "  ", "1840353217788", "184-03-5321-7788"})
    void givenAWithheldNumber_thenThereIsNoNumberToScreen(String from) {
        CallerNumber caller = CallerNumber.read(from);

        assertThat(caller.number()).isNull();
        assertThat(caller.withheld()).isTrue();
        assertThat(caller.unreadable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:alice@example.com", "12", "03-5321-77889999"})
    void givenSomethingThatIsNoNumber_thenItIsUnreadableNotWithheld(String from) {
        CallerNumber caller = CallerNumber.read(from);

        assertThat(caller.number()).isNull();
        assertThat(caller.withheld()).isFalse();
        assertThat(caller.unreadable()).isTrue();
    }
}
