package org.trustledger.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A person's disclosure on the embedded default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class H2PeopleDisclosureTest extends PeopleDisclosureContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }
}
