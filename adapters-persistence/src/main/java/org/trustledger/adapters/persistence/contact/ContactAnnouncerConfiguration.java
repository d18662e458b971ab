package org.trustledger.adapters.persistence.contact;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustledger.application.port.out.ContactAnnouncer;

/** How this node hears the contacts logged: within the process on the embedded database. */
@Configuration(proxyBeanMethods = false)
class ContactAnnouncerConfiguration {

    @Bean
    ContactAnnouncer contactAnnouncer() {
        return new LocalContactAnnouncer();
    }
}
