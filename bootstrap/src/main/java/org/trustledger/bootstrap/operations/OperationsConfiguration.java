package org.trustledger.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.Permission;
import org.trustledger.application.service.ScreeningService;

/** What an operator needs beside the API: health for probes, metrics, a log line per entry, and their security. */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    @Bean
    @Primary
    RecordPartyCommandUseCase meteredRecording(
            @Qualifier("durableRecording") RecordPartyCommandUseCase commands, MeterRegistry meters) {
        return new MeteredRecording(commands, meters);
    }

    @Bean
    @Primary
    ScreenCallerUseCase meteredScreening(ScreeningService screening, MeterRegistry meters) {
        return new MeteredScreening(screening, meters);
    }

    @Bean
    RecordedEntryLog recordedEntryLog(MeterRegistry meters) {
        return new RecordedEntryLog(meters);
    }

    /** Ready only once every migration ran: a node started beside an older schema must not take traffic. */
    @Bean
    HealthIndicator migrationsHealthIndicator(Flyway flyway) {
        return () -> {
            int pending = flyway.info().pending().length;
            return pending == 0
                    ? Health.up()
                            .withDetail(
                                    "current",
                                    String.valueOf(flyway.info().current().getVersion()))
                            .build()
                    : Health.down().withDetail("pending", pending).build();
        };
    }

    /**
     * Down when an event processor stopped on an error or is not running: its read model would fall behind. The
     * subscribing projections of today run in the command's own transaction, so they are up whenever the node is.
     */
    @Bean
    HealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return () -> {
            Map<String, String> states = new TreeMap<>();
            boolean healthy = true;
            for (EventProcessor processor : processing.eventProcessors().values()) {
                boolean error = processor instanceof StreamingEventProcessor streaming && streaming.isError();
                boolean ok = processor.isRunning() && !error;
                states.put(processor.getName(), error ? "error" : processor.isRunning() ? "running" : "stopped");
                healthy &= ok;
            }
            return (healthy ? Health.up() : Health.down())
                    .withDetails(Map.copyOf(states))
                    .build();
        };
    }

    /**
     * Probes and the metrics scraper need no account; every other management endpoint (the backup among them) needs an
     * administrator. Ordered before the API's chain, which matches every other request.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementSecurity(HttpSecurity http, CsrfTokenRepository csrfTokens) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .access(Allowed.to(Permission.OPERATE)))
                .httpBasic(basic -> {})
                // Scripts sign in with Basic on every request and need no token; a dashboard session cookie, which
                // another site's form could send along, does.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(request -> {
                    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
                    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
                }))
                .build();
    }
}
