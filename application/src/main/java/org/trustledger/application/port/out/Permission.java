package org.trustledger.application.port.out;

import static org.trustledger.application.port.out.StaffAccounts.Role.AUDITOR;
import static org.trustledger.application.port.out.StaffAccounts.Role.MANAGER;
import static org.trustledger.application.port.out.StaffAccounts.Role.STAFF;

import java.util.EnumSet;
import java.util.Set;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * Who may do what, declared once: the roles each use case needs. Every adapter's security (the API's, the
 * dashboard's, a channel's, the management endpoints') is built from this table, and the README shows it. It sits
 * beside the {@link Role}s it hands out.
 */
public enum Permission {
    /** Reading parties, their histories and past states, the reports and the review list. */
    READ_LEDGER(STAFF, MANAGER, AUDITOR),
    /** Screening, registering a party, recording requests, callers, troubles, shortfalls and settlements. */
    RECORD(STAFF, MANAGER),
    /** Deciding whom the shop serves: terminating, reinstating, reviewing links, retracting an entry. */
    DECIDE(MANAGER),
    /** Exporting the ledger, checking its integrity, reading its latest checkpoint. */
    AUDIT(MANAGER, AUDITOR),
    /** Writing a ledger checkpoint now. */
    CHECKPOINT(MANAGER),
    /** Checking a write's receipt. */
    CHECK_RECEIPT(STAFF, MANAGER, AUDITOR),
    /** Rebuilding the read models from the event store. */
    REBUILD(MANAGER),
    /** Managing the staff's accounts and reading the access log. */
    MANAGE_ACCOUNTS(MANAGER),
    /** One's own password and personal tokens, and the API's description. */
    OWN_ACCOUNT(STAFF, MANAGER, AUDITOR),
    /** Following incoming contacts: the contact log and its live stream. */
    FOLLOW_CONTACTS(STAFF, MANAGER, AUDITOR),
    /** Turning an incoming contact into a recorded request. */
    TAKE_CONTACT(STAFF, MANAGER),
    /** Forgetting the contacts older than the retention now. */
    PURGE_CONTACTS(MANAGER),
    /** Erasing a person's personal data at their request. */
    ERASE_PERSONAL_DATA(MANAGER),
    /** Recording a person's request about their personal data, and refusing one with the reason the law allows. */
    PERSONAL_DATA_REQUESTS(MANAGER),
    /**
     * Finding a person and reading everything the shop holds of them (開示): a manager answers the person's request, an
     * auditor checks it, each read in the access log; staff need no one's whole record to serve a caller.
     */
    DISCLOSE_PERSONAL_DATA(MANAGER, AUDITOR),
    /** The operator's management endpoints and metrics, beyond the open health probes. */
    OPERATE(MANAGER);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    /** The roles that may; never empty. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The one check of a role against the table. */
    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }
}
