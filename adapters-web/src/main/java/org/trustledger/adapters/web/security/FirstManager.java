package org.trustledger.adapters.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.trustledger.application.port.out.StaffAccounts;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * Makes sure somebody can sign in to a new installation: the manager named by {@code TRUSTLEDGER_ADMIN_USERNAME}
 * with {@code TRUSTLEDGER_ADMIN_PASSWORD}, created once. Without a password and without any account yet, one is
 * generated, printed this once and stored hashed, so it keeps working after a restart.
 */
final class FirstManager implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(FirstManager.class);
    private final AdminAccountProperties admin;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;

    FirstManager(AdminAccountProperties admin, StaffAccounts accounts, PasswordEncoder encoder) {
        this.admin = admin;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String password = admin.password();
        if (password != null && !password.isBlank()) {
            if (accounts.find(admin.username()).isEmpty()
                    && accounts.add(new Account(admin.username(), encoder.encode(password), Role.MANAGER, true))) {
                LOG.info("Created the manager account '{}' from TRUSTLEDGER_ADMIN_PASSWORD", admin.username());
            }
            return;
        }
        if (!accounts.all().isEmpty()) {
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Only the node that creates the account prints its password; another node starting alongside adds nothing.
        if (accounts.add(new Account(admin.username(), encoder.encode(generated), Role.MANAGER, true))) {
            LOG.warn(
                    "No TRUSTLEDGER_ADMIN_PASSWORD is set; created manager '{}' with the generated password {}"
                            + " (shown this once: sign in and change it)",
                    admin.username(),
                    generated);
        }
    }
}
