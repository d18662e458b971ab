package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustledger.domain.DomainException;

/**
 * Given / when / then for {@link PartyDecider}, with no framework: {@code given(history).when(command).then(events)}.
 *
 * <p>The command is decided on the state replayed from the given history, exactly as the application does it.
 */
public final class DeciderSpec {
    private final List<PartyEvent> history;

    private DeciderSpec(List<PartyEvent> history) {
        this.history = history;
    }

    /** The party's history, oldest first; no events at all means a party that was never registered. */
    public static DeciderSpec given(PartyEvent... history) {
        return new DeciderSpec(List.of(history));
    }

    public When when(PartyCommand command) {
        return new When(history, Objects.requireNonNull(command, "command"));
    }

    /** The command under test, decided only when an outcome is asked for. */
    public static final class When {
        private final List<PartyEvent> history;
        private final PartyCommand command;

        private When(List<PartyEvent> history, PartyCommand command) {
            this.history = history;
            this.command = command;
        }

        /**
         * Asserts that the command produces exactly these events, in order, and returns the state after them, for
         * further assertions.
         */
        public PartyState then(PartyEvent... expected) {
            List<PartyEvent> produced = decideExpectingSuccess();
            assertThat(produced).as("events produced by %s", command).containsExactly(expected);
            List<PartyEvent> all = new ArrayList<>(history);
            all.addAll(produced);
            return PartyDecider.replay(all);
        }

        /** Asserts that the command is accepted but changes nothing, so nothing is recorded. */
        public void thenNothing() {
            assertThat(decideExpectingSuccess())
                    .as("events produced by %s", command)
                    .isEmpty();
        }

        /**
         * Asserts that the command is rejected with this kind of exception and a message containing the fragment, and
         * returns the exception for further assertions.
         */
        public <E extends DomainException> E thenRejectedWith(Class<E> type, String messageFragment) {
            Objects.requireNonNull(type, "type");
            if (messageFragment == null || messageFragment.isBlank()) {
                // A blank fragment matches every message, so the assertion could never fail.
                throw new IllegalArgumentException("give a fragment of the expected message");
            }
            List<PartyEvent> produced;
            try {
                produced = decide();
            } catch (DomainException e) {
                assertThat(e).as("rejection of %s", command).isInstanceOf(type).hasMessageContaining(messageFragment);
                return type.cast(e);
            }
            throw new AssertionError("expected " + command + " to be rejected with " + type.getSimpleName() + " ('"
                    + messageFragment + "'), but it produced " + produced);
        }

        private List<PartyEvent> decideExpectingSuccess() {
            try {
                return decide();
            } catch (DomainException e) {
                throw new AssertionError("expected " + command + " to be accepted, but it was rejected: " + e, e);
            }
        }

        private List<PartyEvent> decide() {
            return PartyDecider.decide(command, PartyDecider.replay(history));
        }
    }
}
