package org.trustledger.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rebuild on the embedded default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RebuildContract.Fixtures.class)
class H2RebuildTest extends RebuildContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> MANAGER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }
}
