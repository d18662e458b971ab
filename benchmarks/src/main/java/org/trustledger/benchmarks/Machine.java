package org.trustledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.openjdk.jmh.util.Version;

/** The machine the report is written on, as the report describes it. */
record Machine(String processor, int processors, String memory, String system, String java, String jmh) {
    /** Inspects the machine this JVM runs on. */
    static Machine inspect() {
        return new Machine(
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                totalMemory(),
                System.getProperty("os.name")
                        + ' '
                        + System.getProperty("os.version")
                        + ' '
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor")
                        + ' '
                        + System.getProperty("java.vm.name")
                        + ' '
                        + System.getProperty("java.runtime.version"),
                Version.getPlainVersion());
    }

    /** The system's load average over the last minute. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown processor");
        } catch (IOException | RuntimeException e) {
            return "unknown processor";
        }
    }

    private static String totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GB", os.getTotalMemorySize() / 1e9);
        }
        return "unknown";
    }
}
