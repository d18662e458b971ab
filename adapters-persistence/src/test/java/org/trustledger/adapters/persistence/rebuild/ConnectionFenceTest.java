package org.trustledger.adapters.persistence.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;

/** The swap on H2 runs alone: after every connection handed out is back, and before any other is. */
class ConnectionFenceTest {
    final ConnectionFence fence = new ConnectionFence(Duration.ofSeconds(10));
    final DataSource dataSource = new FencedDataSource(TestDatabases.blank(Kind.H2), fence);

    @Test
    void theSwap_waitsForAConnectionInUse_andAConnectionAskedForMeanwhileWaitsForTheSwap() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch swapping = new CountDownLatch(1);
        Connection inUse = dataSource.getConnection();

        CompletableFuture<Void> swap = CompletableFuture.runAsync(() -> fence.alone(Duration.ofSeconds(10), () -> {
            swapping.countDown();
            order.add("swap");
            try (Connection own = dataSource.getConnection()) {
                order.add("the swap's own connection");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(swapping.await(300, TimeUnit.MILLISECONDS)).isFalse();
        order.add("in use closed");
        inUse.close();
        assertThat(swapping.await(10, TimeUnit.SECONDS)).isTrue();
        try (Connection after = dataSource.getConnection()) {
            order.add("next connection");
        }
        swap.get(10, TimeUnit.SECONDS);

        assertThat(order).containsExactly("in use closed", "swap", "the swap's own connection", "next connection");
    }

    @Test
    void aThreadHoldingAConnection_getsAnotherAtOnce_andCannotWaitForTheSwap() throws Exception {
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            assertThat(second.isValid(1)).isTrue();
            assertThatThrownBy(() -> fence.alone(Duration.ofSeconds(1), () -> {}))
                    .isInstanceOf(IllegalStateException.class);
        }
        fence.alone(Duration.ofSeconds(1), () -> {});
    }

    @Test
    void aConnectionNeverGivenBack_makesTheSwapGiveUp_andLeavesTheFenceOpen() throws Exception {
        Connection forgotten = CompletableFuture.supplyAsync(() -> {
                    try {
                        return dataSource.getConnection();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get();

        assertThatThrownBy(() -> fence.alone(Duration.ofMillis(200), () -> {})).hasMessageContaining("not all back");
        try (Connection next = dataSource.getConnection()) {
            assertThat(next.isValid(1)).isTrue();
        }
        forgotten.close();
    }
}
