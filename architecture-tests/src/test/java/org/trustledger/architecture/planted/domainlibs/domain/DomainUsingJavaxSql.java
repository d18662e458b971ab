package org.trustledger.architecture.planted.domainlibs.domain;

import javax.sql.DataSource;

/** Violation: javax.* is not on the list, even where the JDK ships it. */
public class DomainUsingJavaxSql {
    DataSource dataSource;
}
