package org.trustledger.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The product on its embedded default: an H2 file database in a data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2EndToEndTest extends EndToEndContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }
}
