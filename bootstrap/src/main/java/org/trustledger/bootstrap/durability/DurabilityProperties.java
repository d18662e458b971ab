package org.trustledger.bootstrap.durability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far an acknowledged write is made durable on the embedded database, under {@code trustledger.durability.*}.
 *
 * @param syncCommits on the embedded H2 file database, force every committed transaction to the disk (fsync) before
 *     the answer is sent, so that it survives a power loss or an operating-system crash as well as a crash of the
 *     process; when false, a commit is written to the file (it survives the process being killed) but the operating
 *     system decides when it reaches the disk
 */
@ConfigurationProperties("trustledger.durability")
public record DurabilityProperties(Boolean syncCommits) {
    public boolean syncCommitsOrDefault() {
        return syncCommits == null || syncCommits;
    }
}
