package org.trustledger.adapters.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With no token configured the webhook is off: whatever is sent, it is not there. */
@SpringBootTest(properties = "trustledger.telephony.token=")
@AutoConfigureMockMvc
class TelephonyOffTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeScreening screening;

    @Test
    void givenNoTokenConfigured_whenThePhoneSystemReportsACall_thenNotFoundAndNothingScreened() throws Exception {
        for (String token : new String[] {"", "anything"}) {
            mvc.perform(post("/api/v1/telephony/calls")
                            .header("X-Telephony-Token", token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"callId\": \"c1\", \"from\": \"0353217788\"}"))
                    .andExpect(status().isNotFound());
        }

        assertThat(screening.requests).isEmpty();
    }
}
