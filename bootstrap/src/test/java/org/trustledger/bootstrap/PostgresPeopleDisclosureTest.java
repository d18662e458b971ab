package org.trustledger.bootstrap;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustledger.adapters.persistence.support.TestDatabases;

/** A person's disclosure on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PostgresPeopleDisclosureTest extends PeopleDisclosureContract {

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
