package org.trustledger.benchmarks.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The startup baseline a Spring Boot service cannot go below: an application with nothing of its own, started on the
 * web and actuator jars of the product's own runnable jar only, so that Tomcat, Spring MVC, Jackson and the actuator
 * answer {@code GET /actuator/health} as they do in the product, without its database, Axon, security or pages.
 */
@SpringBootApplication
public class MinimalWebApplication {
    /** Starts the application with Spring Boot's command-line arguments ({@code --server.port=…}). */
    public static void main(String[] args) {
        SpringApplication.run(MinimalWebApplication.class, args);
    }
}
