-- The last trust assessment of each party, for lists that filter by status.
CREATE TABLE trust_view (
    party_id    VARCHAR(36)  PRIMARY KEY,
    status      VARCHAR(20)  NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    reasons     TEXT         NOT NULL,
    assessed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_trust_view_status ON trust_view (status);

-- Normalised identity keys (phone, address, bank account, representative, name) to the parties that have them,
-- so that screening finds candidates by lookup, never by scanning every party.
CREATE TABLE party_identity_key (
    identity_key VARCHAR(400) NOT NULL,
    party_id     VARCHAR(36)  NOT NULL,
    PRIMARY KEY (identity_key, party_id)
);
CREATE INDEX ix_party_identity_key_party ON party_identity_key (party_id);
