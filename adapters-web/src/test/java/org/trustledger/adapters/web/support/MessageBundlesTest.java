package org.trustledger.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.ReasonCode;

/** Every reason the domain can give, and every kind of evidence, reads as a sentence in both languages. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ja.properties"})
    void everyReasonAndEvidenceKind_hasAText(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> keys = new java.util.ArrayList<>(Screening.messageKeys());
        Arrays.stream(ReasonCode.values()).map(ReasonCode::messageKey).forEach(keys::add);
        Arrays.stream(IdentityEvidence.Kind.values())
                .map(kind -> "identity.evidence." + kind.name())
                .forEach(keys::add);

        assertThat(keys)
                .allSatisfy(key -> assertThat(messages.getProperty(key))
                        .as(bundle + " " + key)
                        .isNotBlank());
    }
}
