-- The party read model, rebuilt from events by the party-views projection. Plain SQL for H2 and PostgreSQL.
CREATE TABLE party_view (
    party_id          VARCHAR(36)  PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    name_key          VARCHAR(200) NOT NULL,
    details           TEXT         NOT NULL,
    terminated        BOOLEAN      NOT NULL,
    outstanding_yen   BIGINT       NOT NULL,
    trouble_count     INTEGER      NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence     BIGINT       NOT NULL
);
CREATE INDEX ix_party_view_name_key ON party_view (name_key);
CREATE INDEX ix_party_view_kind ON party_view (kind);

CREATE TABLE party_phone (
    party_id VARCHAR(36) NOT NULL REFERENCES party_view (party_id),
    e164     VARCHAR(20) NOT NULL,
    PRIMARY KEY (party_id, e164)
);
CREATE INDEX ix_party_phone_e164 ON party_phone (e164);

-- Idempotency keys of recorded requests; the outcome is empty while the first request runs.
CREATE TABLE idempotency_key (
    scope        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    fingerprint  VARCHAR(100) NOT NULL,
    party_id     VARCHAR(36),
    sequence_no  BIGINT,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
