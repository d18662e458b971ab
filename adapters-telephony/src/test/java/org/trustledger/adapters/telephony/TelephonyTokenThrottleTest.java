package org.trustledger.adapters.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Guessing the phone system's token is throttled per address, as guessing a password is. */
@SpringBootTest(properties = "trustledger.telephony.token=" + CallWebhookTest.TOKEN)
@AutoConfigureMockMvc
class TelephonyTokenThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeScreening screening;

    @Test
    void afterFiveWrongTokens_anAddressIsAnswered429WithRetryAfter_whileThePhoneSystemElsewhereIsServed()
            throws Exception {
        screening.reset();
        for (int i = 0; i < 5; i++) {
            ring("203.0.113.50", CallWebhookTest.TOKEN + i).andExpect(status().isUnauthorized());
        }

        ring("203.0.113.50", CallWebhookTest.TOKEN + "guess")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
        ring("203.0.113.51", CallWebhookTest.TOKEN).andExpect(status().isOk());
        assertThat(screening.requests).hasSize(1);
    }

    private ResultActions ring(String from, String token) throws Exception {
        return mvc.perform(post("/api/v1/telephony/calls")
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })
                .header("X-Telephony-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"callId": "call-%s", "from": "+81353217788", "to": "0312345678", "at": "2026-11-30T00:59:58Z"}""".formatted(UUID.randomUUID())));
    }
}
