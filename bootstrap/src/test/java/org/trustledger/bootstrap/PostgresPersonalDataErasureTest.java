package org.trustledger.bootstrap;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustledger.adapters.persistence.support.TestDatabases;

/**
 * Erasure on PostgreSQL: the files of the test's own database are scanned after {@code VACUUM FULL} and a checkpoint,
 * which leave in them only the rows that are live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresPersonalDataErasureTest extends PersonalDataErasureContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.url(TestDatabases.Kind.POSTGRESQL);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }

    @Override
    Path flushedFiles() {
        jdbc.execute("CHECKPOINT");
        return databaseDirectory();
    }

    @Override
    Path compactedFiles() {
        jdbc.execute("VACUUM FULL");
        jdbc.execute("CHECKPOINT");
        return databaseDirectory();
    }

    private Path databaseDirectory() {
        String dataDirectory = jdbc.queryForObject("SHOW data_directory", String.class);
        Long database =
                jdbc.queryForObject("SELECT oid FROM pg_database WHERE datname = current_database()", Long.class);
        return Path.of(dataDirectory, "base", Long.toString(database));
    }
}
