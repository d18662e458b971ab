# Trust Ledger in a container. Build the jar first: ./mvnw -pl bootstrap -am package -DskipTests
FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /var/lib/trustledger trustledger \
    && mkdir -p /var/lib/trustledger/data && chown trustledger /var/lib/trustledger/data
# Extracted, with the JDK's ahead-of-time cache from a training run (deploy/prepare-start.sh): the start needs about
# half the processor time. The training runs with the options of the ENTRYPOINT, as the cache requires.
COPY bootstrap/target/bootstrap-*-exec.jar /tmp/trustledger-exec.jar
COPY deploy/prepare-start.sh /usr/local/bin/
RUN JAVA_OPTIONS="-Xmx256m" prepare-start.sh /tmp/trustledger-exec.jar /opt/trustledger && rm /tmp/trustledger-exec.jar
USER trustledger
WORKDIR /var/lib/trustledger
# The embedded database lives here; on PostgreSQL (SPRING_DATASOURCE_URL) nothing is kept in the container.
ENV TRUSTLEDGER_DATA_DIR=/var/lib/trustledger/data
VOLUME /var/lib/trustledger/data
EXPOSE 8080
# The heap of README's "Start-up and memory"; JAVA_TOOL_OPTIONS adds to these options.
ENTRYPOINT ["java", "-Xmx256m", "-XX:AOTCache=/opt/trustledger/trustledger.aot", "-jar", "/opt/trustledger/trustledger.jar"]
