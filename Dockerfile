# Trust Ledger in a container. Build the jar first: ./mvnw -pl bootstrap -am package -DskipTests
FROM eclipse-temurin:21-jre
RUN useradd --system --create-home --home-dir /var/lib/trustledger trustledger \
    && mkdir -p /var/lib/trustledger/data && chown trustledger /var/lib/trustledger/data
COPY bootstrap/target/bootstrap-*-exec.jar /opt/trustledger/trustledger.jar
USER trustledger
WORKDIR /var/lib/trustledger
# The embedded database lives here; on PostgreSQL (SPRING_DATASOURCE_URL) nothing is kept in the container.
ENV TRUSTLEDGER_DATA_DIR=/var/lib/trustledger/data
VOLUME /var/lib/trustledger/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/trustledger/trustledger.jar"]
