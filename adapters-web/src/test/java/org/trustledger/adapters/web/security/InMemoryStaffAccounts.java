package org.trustledger.adapters.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import org.trustledger.application.port.out.StaffAccounts;

/** Staff accounts in a map keyed by the folded name, for web tests; changes are serialised as the database does. */
public final class InMemoryStaffAccounts implements StaffAccounts {
    private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(key(username)));
    }

    @Override
    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized boolean add(Account account) {
        return accounts.putIfAbsent(key(account.username()), account) == null;
    }

    @Override
    public synchronized Change change(String username, UnaryOperator<Account> change) {
        Account current = accounts.get(key(username));
        if (current == null) {
            return new Change.NoSuchAccount();
        }
        Account wanted = change.apply(current);
        long managers =
                accounts.values().stream().filter(Account::isActiveManager).count();
        if (current.isActiveManager() && !wanted.isActiveManager() && managers <= 1) {
            return new Change.LastManager();
        }
        var changed = new Account(
                current.username(),
                wanted.passwordHash(),
                wanted.role(),
                wanted.enabled(),
                current.credentialsVersion() + (wanted.sameCredentialsAs(current) ? 0 : 1));
        accounts.put(key(username), changed);
        return new Change.Changed(changed);
    }

    /** Forgets every account but the given one. */
    public void keepOnly(String username) {
        accounts.keySet().removeIf(name -> !name.equals(key(username)));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
