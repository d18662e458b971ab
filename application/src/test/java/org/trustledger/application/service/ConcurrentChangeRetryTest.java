package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;

/** A command that lost a race is sent again a few times; anything else is answered at once. */
class ConcurrentChangeRetryTest {
    private final ConcurrentChangeRetry retry = new ConcurrentChangeRetry(4, 10);
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aLostRace_isSentAgain_untilItWins() {
        Long sequence = retry.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConcurrencyException("sequence 7 taken");
            }
            return 8L;
        });

        assertThat(sequence).isEqualTo(8L);
        assertThat(calls).hasValue(3);
    }

    @Test
    void aTransactionRolledBackToBreakADeadlock_isSentAgain() {
        String answer = retry.call(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException(
                        "update failed", new java.sql.SQLException("deadlock detected", "40P01"));
            }
            return "recorded";
        });

        assertThat(answer).isEqualTo("recorded");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRaceLostEveryTime_givesUpAfterTheLastAttempt_withTheConflict() {
        assertThatThrownBy(() -> retry.call(() -> {
                    calls.incrementAndGet();
                    throw new CommandExecutionException("wrapped", new AggregateStreamCreationException("exists"));
                }))
                .isInstanceOf(CommandExecutionException.class);

        assertThat(calls).hasValue(4);
    }

    @Test
    void aRefusalOrABrokenStore_isNeverRetried() {
        assertThatThrownBy(() -> retry.call(() -> {
                    calls.incrementAndGet();
                    throw new HistoryConflictException(
                            "already terminated", "error.alreadyTerminated", java.util.Map.of());
                }))
                .isInstanceOf(HistoryConflictException.class);
        assertThatThrownBy(() -> retry.call(() -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("connection refused");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(calls).hasValue(2);
    }
}
