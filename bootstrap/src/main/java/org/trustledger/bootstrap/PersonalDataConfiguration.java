package org.trustledger.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.people.JdbcPeopleIndex;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.personal.JdbcPersonKeys;
import org.trustledger.adapters.persistence.personal.MasterKey;
import org.trustledger.application.axon.PeopleProjection;
import org.trustledger.application.port.in.PartyHistoryQuery;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartySnapshots;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.application.service.PeopleService;
import org.trustledger.application.service.PersonalDataService;

/**
 * Wires the encryption of personal data per person, its master key, the erasure of a person's data, and the people
 * index by which a person is found and told what the shop holds of them.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    /** The file the embedded database's master key is kept in when none is configured. */
    static final String KEY_FILE = "master.key";

    /**
     * The configured master key; on the embedded database with none configured, a key file made once in the data
     * directory, so that the product still starts with one command. A server database refuses to start without one:
     * its data directory is elsewhere, and a key kept beside its backups would protect nothing.
     */
    @Bean
    MasterKey masterKey(
            PersonalDataProperties properties,
            TrustLedgerProperties product,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        if (properties.hasMasterKey()) {
            return MasterKey.ofBase64(properties.masterKey());
        }
        if (datasourceUrl.startsWith("jdbc:h2:")) {
            Path file = product.dataDir().resolve(KEY_FILE);
            LOG.info("personal data is encrypted with the master key in {}: keep a copy apart from the database", file);
            return MasterKey.inFile(file);
        }
        throw new IllegalStateException("no master key for personal data: set TRUSTLEDGER_MASTER_KEY"
                + " (trustledger.personal-data.master-key) to base64 of 32 random bytes, e.g. `openssl rand -base64 32`;"
                + " see the README, \"Personal data\"");
    }

    @Bean
    JdbcPersonKeys personKeys(
            DataSource dataSource,
            MasterKey masterKey,
            JdbcPersonIds personIds,
            PersonalDataProperties properties,
            Clock clock) {
        JdbcPersonKeys keys = new JdbcPersonKeys(JdbcClient.create(dataSource), masterKey, personIds, clock);
        if (properties.rotating()) {
            int rewrapped = keys.rewrap(MasterKey.ofBase64(properties.previousMasterKey()));
            LOG.info("master key rotated: {} person keys wrapped again with the new master key", rewrapped);
        }
        return keys;
    }

    /** The key person ids are made with, read (or made, by the first node) at start, outside any command. */
    @Bean
    JdbcPersonIds personIds(
            DataSource dataSource, MasterKey masterKey, PersonalDataProperties properties, Clock clock) {
        JdbcPersonIds ids = new JdbcPersonIds(JdbcClient.create(dataSource), masterKey, clock);
        if (properties.rotating() && ids.rewrap(MasterKey.ofBase64(properties.previousMasterKey())) > 0) {
            LOG.info("master key rotated: the key of person ids wrapped again with the new master key");
        }
        ids.ensureKey();
        return ids;
    }

    @Bean
    JdbcPeopleIndex peopleIndex(JdbcClient jdbc, JdbcPersonIds personIds) {
        return new JdbcPeopleIndex(jdbc, personIds);
    }

    @Bean
    PeopleProjection peopleProjection(PeopleIndex people, PartyViews views, PartyHistories histories) {
        return new PeopleProjection(people, views, histories);
    }

    @Bean
    PeopleService peopleService(
            PeopleIndex people, PartyViews views, PartyHistoryQuery histories, JdbcPersonKeys keys) {
        return new PeopleService(people, views, histories, keys);
    }

    @Bean
    PersonalDataService personalDataService(
            RecordPartyCommandUseCase record,
            JdbcPersonKeys keys,
            PartyHistories histories,
            PartyIdentityIndexWriter index,
            PartySnapshots snapshots,
            ContactLog contacts,
            PeopleIndex people,
            Clock clock) {
        return new PersonalDataService(record, keys, histories, index, snapshots, contacts, people, clock);
    }
}
