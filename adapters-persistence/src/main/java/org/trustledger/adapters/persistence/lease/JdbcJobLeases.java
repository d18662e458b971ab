package org.trustledger.adapters.persistence.lease;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.JobLeases;

/**
 * Job leases in one table row per job: a single conditional UPDATE takes an expired lease or renews one's own, so two
 * nodes can never both hold it; the first holder ever creates the row, and a second one then loses on the primary key.
 */
@Repository
class JdbcJobLeases implements JobLeases {
    private final JdbcClient jdbc;

    JdbcJobLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryAcquire(String job, String holder, Instant now, Duration length) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime until = now.plus(length).atOffset(ZoneOffset.UTC);
        int taken = jdbc.sql("UPDATE job_lease SET holder = :holder, lease_until = :until"
                        + " WHERE job_name = :job AND (holder = :holder OR lease_until <= :now)")
                .param("holder", holder)
                .param("until", until)
                .param("job", job)
                .param("now", at)
                .update();
        if (taken == 1) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM job_lease WHERE job_name = :job")
                        .param("job", job)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO job_lease (job_name, holder, lease_until) VALUES (:job, :holder, :until)")
                    .param("job", job)
                    .param("holder", holder)
                    .param("until", until)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void release(String job, String holder) {
        jdbc.sql("DELETE FROM job_lease WHERE job_name = :job AND holder = :holder")
                .param("job", job)
                .param("holder", holder)
                .update();
    }
}
