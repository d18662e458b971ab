package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.party.Answer;

class VerdictTest {

    @Test
    void aScreenedRequest_isRecordedAccepted_refused_orUndecidedForACaution() {
        assertThat(Verdict.ACCEPT.answer()).isEqualTo(Answer.ACCEPTED);
        assertThat(Verdict.REFUSE.answer()).isEqualTo(Answer.REFUSED);
        assertThat(Verdict.CAUTION.answer()).isNull();
    }

    @Test
    void worst_keepsTheMoreSevere() {
        assertThat(Verdict.ACCEPT.worst(Verdict.CAUTION)).isEqualTo(Verdict.CAUTION);
        assertThat(Verdict.REFUSE.worst(Verdict.ACCEPT)).isEqualTo(Verdict.REFUSE);
    }
}
