package org.trustledger.architecture.planted.mail.adapters.mail;

import org.springframework.jdbc.core.JdbcTemplate;

/** Violation: the mail adapter keeps something in the database itself, with a library that is not its own. */
public class MailUsingJdbc {
    JdbcTemplate jdbc;
}
