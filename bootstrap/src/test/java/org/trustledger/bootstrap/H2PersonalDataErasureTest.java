package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Erasure on the embedded default, with no master key configured: the key file made in the data directory, and the
 * database file compacted ({@code SHUTDOWN COMPACT}) before it is scanned, which closes the database for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class H2PersonalDataErasureTest extends PersonalDataErasureContract {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.personal-data.master-key", () -> "");
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }

    @Override
    Path flushedFiles() {
        Path keyFile = dataDir.resolve(PersonalDataConfiguration.KEY_FILE);
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.execute("CHECKPOINT SYNC");
        return dataDir;
    }

    @Override
    Path compactedFiles() {
        jdbc.execute("SHUTDOWN COMPACT");
        return dataDir;
    }
}
