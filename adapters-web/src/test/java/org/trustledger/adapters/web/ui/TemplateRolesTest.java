package org.trustledger.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * Which page shows which action is read from the application's permission table, as every security chain is: a
 * template that named a role would keep showing a button to a role the table no longer lets in, or hide it from one it
 * now does.
 */
class TemplateRolesTest {
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    @Test
    void noTemplateNamesARole() throws IOException {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            assertThat(templates.filter(path -> path.toString().endsWith(".html")))
                    .isNotEmpty()
                    .allSatisfy(template -> {
                        String html = Files.readString(template, StandardCharsets.UTF_8);
                        assertThat(html).as(template.toString()).doesNotContain("hasRole", "hasAnyRole");
                        roles.forEach(
                                role -> assertThat(html).as(template.toString()).doesNotContain("'" + role + "'"));
                    });
        }
    }
}
