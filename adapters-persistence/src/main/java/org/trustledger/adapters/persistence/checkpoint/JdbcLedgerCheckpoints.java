package org.trustledger.adapters.persistence.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.out.LedgerCheckpoints;
import org.trustledger.domain.party.PartyId;

/** The chain of checkpoints in two tables: one row a checkpoint, one row a party's head in it. */
@Repository
class JdbcLedgerCheckpoints implements LedgerCheckpoints {
    private static final String CHECKPOINT_COLUMNS =
            "checkpoint_number, created_at, global_index, gaps, parties, previous_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;

    JdbcLedgerCheckpoints(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Optional<Stored> latest() {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS
                        + " FROM ledger_checkpoint ORDER BY checkpoint_number DESC FETCH FIRST 1 ROWS ONLY")
                .query(JdbcLedgerCheckpoints::stored)
                .optional();
    }

    @Override
    public Optional<Checkpoint> first() {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS
                        + " FROM ledger_checkpoint ORDER BY checkpoint_number FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> stored(rs, n).checkpoint())
                .optional();
    }

    @Override
    public Optional<Head> head(PartyId partyId) {
        return jdbc.sql("SELECT checkpoint_number, party_id, sequence_number, seal FROM ledger_checkpoint_head"
                        + " WHERE party_id = :party ORDER BY checkpoint_number DESC FETCH FIRST 1 ROWS ONLY")
                .param("party", partyId.toString())
                .query(JdbcLedgerCheckpoints::head)
                .optional();
    }

    @Override
    public void forEachLatestHead(Consumer<Head> sink) {
        // Rows of one party come together, latest checkpoint first: the first of each party is its head.
        String[] last = {null};
        batches.query(
                "SELECT checkpoint_number, party_id, sequence_number, seal FROM ledger_checkpoint_head"
                        + " ORDER BY party_id, checkpoint_number DESC",
                rs -> {
                    String party = rs.getString("party_id");
                    if (!party.equals(last[0])) {
                        last[0] = party;
                        sink.accept(head(rs, 0));
                    }
                });
    }

    @Override
    public void forEach(BiConsumer<Checkpoint, List<Head>> sink) {
        List<Checkpoint> chain = jdbc.sql(
                        "SELECT " + CHECKPOINT_COLUMNS + " FROM ledger_checkpoint ORDER BY checkpoint_number")
                .query((rs, n) -> stored(rs, n).checkpoint())
                .list();
        for (Checkpoint checkpoint : chain) {
            sink.accept(
                    checkpoint,
                    jdbc.sql("SELECT checkpoint_number, party_id, sequence_number, seal FROM ledger_checkpoint_head"
                                    + " WHERE checkpoint_number = :number")
                            .param("number", checkpoint.number())
                            .query(JdbcLedgerCheckpoints::head)
                            .list());
        }
    }

    @Override
    public boolean append(Checkpoint checkpoint, SortedSet<Long> gaps, List<Head> heads) {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO ledger_checkpoint (" + CHECKPOINT_COLUMNS
                                + ") VALUES (:number, :createdAt, :globalIndex, :gaps, :parties, :previous, :hash)")
                        .param("number", checkpoint.number())
                        .param("createdAt", checkpoint.createdAt().atOffset(ZoneOffset.UTC))
                        .param("globalIndex", checkpoint.globalIndex())
                        .param("gaps", gaps.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .param("parties", checkpoint.parties())
                        .param("previous", checkpoint.previousHash())
                        .param("hash", checkpoint.hash())
                        .update();
                batches.batchUpdate(
                        "INSERT INTO ledger_checkpoint_head (party_id, checkpoint_number, sequence_number, seal)"
                                + " VALUES (?, ?, ?, ?)",
                        heads,
                        500,
                        (statement, head) -> {
                            statement.setString(1, head.partyId().toString());
                            statement.setLong(2, checkpoint.number());
                            statement.setLong(3, head.sequence());
                            statement.setString(4, head.seal());
                        });
            });
            return true;
        } catch (DuplicateKeyException anotherNodeFirst) {
            return false;
        }
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        String gaps = rs.getString("gaps");
        SortedSet<Long> skipped = gaps.isEmpty()
                ? new TreeSet<>()
                : Arrays.stream(gaps.split(",")).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
        return new Stored(
                new Checkpoint(
                        rs.getLong("checkpoint_number"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("global_index"),
                        rs.getLong("parties"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")),
                skipped);
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(
                rs.getLong("checkpoint_number"),
                PartyId.of(rs.getString("party_id")),
                rs.getLong("sequence_number"),
                rs.getString("seal"));
    }
}
