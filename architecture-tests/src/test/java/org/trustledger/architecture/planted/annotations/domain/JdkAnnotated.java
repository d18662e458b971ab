package org.trustledger.architecture.planted.annotations.domain;

/** Legal: annotations of the JDK. */
@FunctionalInterface
public interface JdkAnnotated {
    @Deprecated
    void run();
}
