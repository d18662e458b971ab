#!/bin/sh
# Builds the benchmarks and runs them all, writing BENCHMARKS.md at the repository root.
# Options go to org.trustledger.benchmarks.Report (see benchmarks/README.md), e.g. a short run:
#   benchmarks/run.sh --runs 1 --warmups 1 --iterations 2
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests
# The build finds a JDK 21+ itself; the run needs one too.
java=java
if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java"
fi
if ! "$java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    for candidate in /usr/lib/jvm/*/bin/java; do
        if "$candidate" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
            java="$candidate"
            break
        fi
    done
fi
exec "$java" -cp benchmarks/target/benchmarks.jar org.trustledger.benchmarks.Report "$@"
