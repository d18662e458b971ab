package org.trustledger.bootstrap;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Trust Ledger: the web adapter, the persistence adapter and the event-sourced core in one process. */
// Axon's update checker calls out to the internet and writes into the home directory; neither is welcome here.
@SpringBootApplication(scanBasePackages = "org.trustledger", exclude = UpdateCheckerAutoConfiguration.class)
@ConfigurationPropertiesScan("org.trustledger.bootstrap")
@EnableScheduling
public class TrustLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrustLedgerApplication.class, args);
    }
}
