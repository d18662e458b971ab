package org.trustledger.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.out.StaffAccounts.Role;

/** The README shows the permission table as the application declares it, row for row. */
class PermissionTableTest {

    @Test
    void theReadmesTable_isTheApplicationsTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("<!-- permission-table -->");
        int end = lines.indexOf("<!-- end permission-table -->");
        assertThat(start).as("the README's permission table").isNotNegative();
        List<Role> columns = List.of(Role.STAFF, Role.MANAGER, Role.AUDITOR);
        Map<String, Set<Role>> shown = new LinkedHashMap<>();
        for (String line : lines.subList(start + 3, end)) {
            String[] cells = Stream.of(line.split("\\|")).map(String::strip).toArray(String[]::new);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (int i = 0; i < columns.size(); i++) {
                if (cells[2 + i].equals("✓")) {
                    roles.add(columns.get(i));
                }
            }
            shown.put(cells[1].replace("`", ""), roles);
        }
        Map<String, Set<Role>> declared = new LinkedHashMap<>();
        for (Permission permission : Permission.values()) {
            declared.put(permission.name(), permission.roles());
        }

        assertThat(shown).isEqualTo(declared);
        assertThat(new ArrayList<>(shown.keySet())).containsExactlyElementsOf(declared.keySet());
    }

    @Test
    void theOneCheck_allowsExactlyTheRolesOfTheTable() {
        assertThat(Permission.DECIDE.allows(Role.MANAGER)).isTrue();
        assertThat(Permission.DECIDE.allows(Role.STAFF)).isFalse();
        assertThat(Permission.READ_LEDGER.allows(Role.AUDITOR)).isTrue();
        assertThat(Permission.RECORD.allows(Role.AUDITOR)).isFalse();
        assertThat(Permission.RECORD.allows(null)).isFalse();
    }
}
