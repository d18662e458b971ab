package org.trustledger.adapters.web.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.trustledger.application.port.out.StaffAccounts;

/** Staff accounts in a map, for web tests. */
public final class InMemoryStaffAccounts implements StaffAccounts {
    private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public boolean add(Account account) {
        return accounts.putIfAbsent(account.username(), account) == null;
    }

    @Override
    public void update(Account account) {
        accounts.replace(account.username(), account);
    }

    /** Forgets every account but the given one. */
    public void keepOnly(String username) {
        accounts.keySet().removeIf(name -> !name.equals(username));
    }
}
