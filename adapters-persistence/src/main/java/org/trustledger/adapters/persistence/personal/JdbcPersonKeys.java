package org.trustledger.adapters.persistence.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.eventstore.PersonalFields;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.application.port.out.PersonKeys;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PersonId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Each person's key in the {@code person_key} table, wrapped by the {@link MasterKey}, and the encryption of their
 * personal values in stored events with it (AES-256-GCM).
 *
 * <p>A private customer's party is the person: the texts of its details (name, phones, address, representative, e-mail
 * addresses, bank account's number and holder) and of its callers (name, call-back number) are encrypted with the
 * party's key from its first entry as a private customer on. A party that once had a key keeps encrypting, whatever kind
 * it becomes. On any other party, each caller's name and number, and the representative's name, are encrypted with the
 * key of that person, known by the id {@link JdbcPersonIds} makes from what tells them apart ({@link PartyPeople}), so
 * that a reseller's salesperson can be erased without touching the reseller.
 *
 * <p>Encryption is deterministic — the nonce is an HMAC of the text under a key derived from the person's — so that the
 * same event serialised twice gives the same bytes: the event's seal is computed from one serialisation and the row
 * written from another, and both must agree. What this tells a reader of the database is only that two encrypted
 * values of one person are equal.
 *
 * <p>Keys are read from the table each time, never cached: a key destroyed on one node must be gone on every node at
 * once.
 */
public class JdbcPersonKeys implements PersonKeys, PersonalFields {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] NONCE_KEY_LABEL = "trustledger person nonce key".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final MasterKey master;
    private final JdbcPersonIds ids;
    private final Clock clock;
    private final SqlDialect dialect;

    public JdbcPersonKeys(JdbcClient jdbc, MasterKey master, JdbcPersonIds ids, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.ids = ids;
        this.clock = clock;
        this.dialect = SqlDialect.of(jdbc);
    }

    @Override
    public Optional<PersonKey> find(PersonId person) {
        return jdbc.sql("SELECT created_at, erased_at FROM person_key WHERE person_id = :person")
                .param("person", person.toString())
                .query((rs, row) -> new PersonKey(
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("erased_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .optional();
    }

    @Override
    public void destroy(PersonId person, Instant at) {
        jdbc.sql("UPDATE person_key SET wrapped_key = NULL, erased_at = :at"
                        + " WHERE person_id = :person AND wrapped_key IS NOT NULL")
                .param("person", person.toString())
                .param("at", utc(at))
                .update();
    }

    @Override
    public int entriesInPlaintext(PartyId person) {
        byte[] sealed = SEALED.getBytes(StandardCharsets.UTF_8);
        List<byte[]> payloads = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :party"
                        + " AND payload_type IN ('PartyRegistered', 'PartyAmended', 'CallerIdentified')")
                .param("party", person.toString())
                .query((rs, row) -> rs.getBytes("payload"))
                .list();
        return (int) payloads.stream().filter(p -> indexOf(p, sealed) < 0).count();
    }

    @Override
    public boolean holdsUnderOwnKey(PersonId person, PartyId party, long sequence) {
        byte[] envelope = ("\"" + PERSON + "\":\"" + person + "\"").getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :party"
                        + " AND sequence_number = :sequence")
                .param("party", party.toString())
                .param("sequence", sequence - 1)
                .query((rs, row) -> rs.getBytes("payload"))
                .optional()
                .filter(payload -> indexOf(payload, envelope) >= 0)
                .isPresent();
    }

    /**
     * Wraps with the current master key every person's key still wrapped with {@code previous}: how the master key is
     * rotated. Keys already wrapped with the current one are left alone, so running it twice changes nothing.
     *
     * @return how many keys were rewrapped
     */
    public int rewrap(MasterKey previous) {
        List<String[]> rows = jdbc.sql("SELECT person_id, wrapped_key FROM person_key WHERE wrapped_key IS NOT NULL")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        int rewrapped = 0;
        for (String[] row : rows) {
            try {
                master.unwrap(row[1]);
            } catch (IllegalStateException notCurrent) {
                String wrapped = master.wrap(previous.unwrap(row[1]));
                rewrapped += jdbc.sql("UPDATE person_key SET wrapped_key = :wrapped WHERE person_id = :person"
                                + " AND wrapped_key = :old")
                        .param("wrapped", wrapped)
                        .param("person", row[0])
                        .param("old", row[1])
                        .update();
            }
        }
        return rewrapped;
    }

    @Override
    public boolean seal(PartyEvent event, ObjectNode tree) {
        boolean details = event instanceof PartyRegistered || event instanceof PartyAmended;
        if (!details && !(event instanceof CallerIdentified)) {
            return false;
        }
        String party = event.partyId().toString();
        boolean privateCustomer =
                details && PartyKind.CUSTOMER.name().equals(tree.path("kind").asString(null));
        Optional<SecretKey> partyKey = privateCustomer ? Optional.of(keyOf(party)) : activeKey(party);
        if (partyKey.isPresent()) {
            Sealer sealer = new Sealer(party, partyKey.get());
            if (tree.get("details") instanceof ObjectNode d) {
                sealer.text(d.get("name"), "value");
                each(d.get("phones"), phone -> sealer.text(phone, "e164"));
                sealer.text(d.get("address"), "value");
                sealer.text(d.get("representative"), "value");
                sealer.text(d.get("bankAccount"), "number");
                sealer.text(d.get("bankAccount"), "holder");
                each(d.get("emails"), email -> sealer.text(email, "value"));
            } else {
                sealCaller(sealer, tree);
            }
            return sealer.sealed > 0;
        }
        // No person of the party's own: each person named is sealed with their own key. The party's kind and name are
        // not needed, as they tell only whether a caller is the private customer, and this party is none.
        int sealed = 0;
        for (Appearance named : PartyPeople.named(event, null, null)) {
            if (named.identity() == null) {
                continue;
            }
            String person = ids.of(named.identity()).toString();
            Sealer sealer = new Sealer(person, keyOf(person));
            if (named.role() == PartyPeople.Role.REPRESENTATIVE) {
                sealer.text(tree.path("details").get("representative"), "value");
            } else {
                sealCaller(sealer, tree);
            }
            sealed += sealer.sealed;
        }
        return sealed > 0;
    }

    private static void sealCaller(Sealer sealer, ObjectNode tree) {
        sealer.text(tree.get("name"), "value");
        sealer.text(tree.get("callBack"), "e164");
    }

    @Override
    public void open(ObjectNode event) {
        Map<String, Optional<SecretKey>> keys = new HashMap<>();
        open(event, keys);
    }

    private void open(JsonNode node, Map<String, Optional<SecretKey>> keys) {
        if (node instanceof ObjectNode object) {
            for (var field : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(field);
                if (value instanceof ObjectNode envelope && envelope.has(SEALED)) {
                    object.set(field, StringNode.valueOf(opened(envelope, keys)));
                } else {
                    open(value, keys);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value instanceof ObjectNode envelope && envelope.has(SEALED)) {
                    array.set(i, StringNode.valueOf(opened(envelope, keys)));
                } else {
                    open(value, keys);
                }
            }
        }
    }

    private String opened(ObjectNode envelope, Map<String, Optional<SecretKey>> keys) {
        String person = envelope.path(PERSON).asString();
        Optional<SecretKey> key = keys.computeIfAbsent(person, this::activeKey);
        if (key.isEmpty()) {
            return Erasure.MARK;
        }
        byte[] sealed = Base64.getDecoder().decode(envelope.path(SEALED).asString());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key.get(),
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 0, NONCE_BYTES)));
            cipher.updateAAD(person.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException otherKey) {
            // Encrypted with a key destroyed since; the person has a new one for what was recorded after.
            return Erasure.MARK;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a personal value of person " + person, e);
        }
    }

    private Optional<SecretKey> activeKey(String person) {
        return jdbc.sql("SELECT wrapped_key FROM person_key WHERE person_id = :person AND wrapped_key IS NOT NULL")
                .param("person", person)
                .query(String.class)
                .optional()
                .map(master::unwrap);
    }

    /** The person's key, made now when they have none or theirs was destroyed. */
    private SecretKey keyOf(String person) {
        Optional<SecretKey> active = activeKey(person);
        if (active.isPresent()) {
            return active.get();
        }
        SecretKey key = newKey();
        String wrapped = master.wrap(key);
        int updated = jdbc.sql("UPDATE person_key SET wrapped_key = :wrapped, created_at = :at, erased_at = NULL"
                        + " WHERE person_id = :person AND wrapped_key IS NULL")
                .param("wrapped", wrapped)
                .param("at", utc(clock.instant()))
                .param("person", person)
                .update();
        if (updated == 0) {
            String insert =
                    "INSERT INTO person_key (person_id, wrapped_key, created_at) VALUES (:person, :wrapped, :at)";
            try {
                // PostgreSQL gives up a transaction whose statement failed, so it is told to skip a row already there.
                jdbc.sql(dialect == SqlDialect.POSTGRESQL ? insert + " ON CONFLICT DO NOTHING" : insert)
                        .param("person", person)
                        .param("wrapped", wrapped)
                        .param("at", utc(clock.instant()))
                        .update();
            } catch (DuplicateKeyException raced) {
                // H2: the statement alone failed; the key is read below.
            }
            // Two commands naming one new person at once — a salesperson calling for two resellers — each made a key:
            // the one stored first is the person's, and what this command stores is encrypted with it.
            return activeKey(person)
                    .orElseThrow(() -> new IllegalStateException(
                            "the key of person " + person + " was destroyed while it was being made"));
        }
        return key;
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(MasterKey.KEY_BYTES * 8);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES", e);
        }
    }

    /** Encrypts the texts of one person's values with their key. */
    private static final class Sealer {
        private final String person;
        private final SecretKey key;
        private final Mac nonces;
        private int sealed;

        Sealer(String person, SecretKey key) {
            this.person = person;
            this.key = key;
            try {
                Mac derive = Mac.getInstance("HmacSHA256");
                derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
                this.nonces = Mac.getInstance("HmacSHA256");
                nonces.init(new SecretKeySpec(derive.doFinal(NONCE_KEY_LABEL), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
            }
        }

        void text(JsonNode parent, String field) {
            if (!(parent instanceof ObjectNode object) || !object.path(field).isString()) {
                return;
            }
            byte[] plain = object.get(field).asString().getBytes(StandardCharsets.UTF_8);
            byte[] nonce = Arrays.copyOf(nonces.doFinal(plain), NONCE_BYTES);
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(person.getBytes(StandardCharsets.UTF_8));
                byte[] encrypted = cipher.doFinal(plain);
                byte[] sealed = new byte[NONCE_BYTES + encrypted.length];
                System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
                System.arraycopy(encrypted, 0, sealed, NONCE_BYTES, encrypted.length);
                ObjectNode envelope = object.putObject(field);
                envelope.put(PERSON, person);
                envelope.put(SEALED, Base64.getEncoder().encodeToString(sealed));
                this.sealed++;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot encrypt a personal value", e);
            }
        }
    }

    private static void each(JsonNode array, java.util.function.Consumer<JsonNode> action) {
        if (array instanceof ArrayNode values) {
            values.forEach(action);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
