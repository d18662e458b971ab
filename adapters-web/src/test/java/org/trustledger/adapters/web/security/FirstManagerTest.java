package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * A new installation gets one manager. Before, a password generated without TRUSTLEDGER_ADMIN_PASSWORD changed at
 * every restart and the old one stopped working.
 */
class FirstManagerTest {
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();

    @Test
    void withoutAPassword_oneIsGeneratedOnce_andARestartKeepsIt() {
        new FirstManager(new AdminAccountProperties("admin", null), accounts, encoder).afterSingletonsInstantiated();
        Account first = accounts.find("admin").orElseThrow();

        new FirstManager(new AdminAccountProperties("admin", ""), accounts, encoder).afterSingletonsInstantiated();

        assertThat(accounts.find("admin")).contains(first);
        assertThat(first.role()).isEqualTo(Role.MANAGER);
        assertThat(first.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void withAPassword_theManagerIsCreatedWithIt_once() {
        new FirstManager(new AdminAccountProperties("owner", "chosen by the owner"), accounts, encoder)
                .afterSingletonsInstantiated();
        Account created = accounts.find("owner").orElseThrow();
        new FirstManager(new AdminAccountProperties("owner", "chosen by the owner"), accounts, encoder)
                .afterSingletonsInstantiated();

        assertThat(encoder.matches("chosen by the owner", created.passwordHash()))
                .isTrue();
        assertThat(accounts.all()).containsExactly(created);
    }

    @Test
    void withoutAPassword_butWithAccounts_nothingIsGenerated() {
        accounts.add(new Account("hanako", encoder.encode("x"), Role.MANAGER, true));

        new FirstManager(new AdminAccountProperties("admin", null), accounts, encoder).afterSingletonsInstantiated();

        assertThat(accounts.find("admin")).isEmpty();
    }
}
