#!/bin/sh
# Lays the runnable jar out for a quick start: extracted into DIR (DIR/trustledger.jar and DIR/lib/), then started
# once as a training run that stops when every bean is created (Flyway run on a throwaway embedded database, nothing
# served), which writes the JDK's ahead-of-time cache DIR/trustledger.aot of the classes it loaded and linked. Start the
# product with `java -XX:AOTCache=DIR/trustledger.aot -jar DIR/trustledger.jar` on the same JDK (25 or newer).
#
#   deploy/prepare-start.sh bootstrap/target/bootstrap-0.1.0-SNAPSHOT-exec.jar /opt/trustledger
#
# JAVA (default: java on the PATH) must be the JDK that will run the product; the cache is refused, with a warning and
# a start at the usual speed, by another JDK build or when the jar or its lib/ change, so run this again after each
# upgrade. JAVA_OPTIONS are the options the service starts with (a different garbage collector also loses the cache).
set -eu
jar=$1
dir=$2
java=${JAVA:-java}
options=${JAVA_OPTIONS:-}
mkdir -p "$dir"
rm -rf "$dir/lib"
"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$dir" --application-filename trustledger.jar
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# The training run's own account and database, thrown away with it: the URL is given so that a SPRING_DATASOURCE_URL
# in the environment never points the training run, and its migrations, at the production database.
# shellcheck disable=SC2086
TRUSTLEDGER_ADMIN_PASSWORD=training-run-only "$java" $options -XX:AOTCacheOutput="$dir/trustledger.aot" \
    -Dspring.context.exit=onRefresh -jar "$dir/trustledger.jar" \
    --trustledger.data-dir="$training" --spring.datasource.url="jdbc:h2:file:$training/trustledger" \
    >"$dir/training.log" 2>&1 || { cat "$dir/training.log" >&2; exit 1; }
echo "prepared $dir: java -XX:AOTCache=$dir/trustledger.aot -jar $dir/trustledger.jar"
