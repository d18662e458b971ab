package org.trustledger.bootstrap;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustledger.adapters.persistence.support.TestDatabases;

/** The product on PostgreSQL, chosen by configuration alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresEndToEndTest extends EndToEndContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.url(TestDatabases.Kind.POSTGRESQL);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }
}
