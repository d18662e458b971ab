package org.trustledger.bootstrap.durability;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the store this node runs on promises about an acknowledged write, found out at start from the database itself.
 *
 * @param store the database product and where its data is
 * @param survives the worst event an acknowledged write survives
 * @param h2File the embedded database's file, when every commit is to be forced to disk by this node
 * @param settings the database settings the promise rests on, as read from the database
 * @param warnings what an operator must know is lost, and on which event; empty when the promise is the strongest
 */
public record StoreDurability(
        String store, Survives survives, Optional<Path> h2File, Map<String, String> settings, List<String> warnings) {
    public StoreDurability {
        // In the order they were read, for the log line.
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    /** The worst event an acknowledged write survives. */
    public enum Survives {
        /** Nothing: the database lives in memory, as in tests. */
        NOTHING,
        /** Not even a crash of the process: the last writes are still in memory when it dies. */
        NOT_A_PROCESS_CRASH,
        /** A crash or kill of the process, but not an operating-system crash or a power loss. */
        PROCESS_CRASH,
        /** A power loss: the commit is on the disk before the answer is sent. */
        POWER_LOSS
    }

    /** The one line the log says at start. */
    String describe() {
        return "Acknowledged writes survive: "
                + survives.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " — store " + store + ", " + settings
                + (warnings.isEmpty() ? "" : "; WARNING: " + String.join("; ", warnings));
    }
}
