-- The read models (party views, trust views, the identity index with the search columns on party_view) are kept in
-- generations: readers see the serving one, a rebuild fills the next beside it, and switching to it is one row updated
-- in the transaction of the rebuild's last catch-up, the same on H2 and PostgreSQL; the old one is deleted after.
-- building is the generation a rebuild fills, if any; the row is the only one (id 1).
CREATE TABLE read_model_generation (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    serving  BIGINT NOT NULL,
    building BIGINT
);
INSERT INTO read_model_generation (id, serving) VALUES (1, 1);

-- Rows already stored are generation 1. No default remains: every writer names the generation it writes.
ALTER TABLE party_view ADD COLUMN generation BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE party_view ALTER COLUMN generation DROP DEFAULT;
ALTER TABLE trust_view ADD COLUMN generation BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE trust_view ALTER COLUMN generation DROP DEFAULT;
ALTER TABLE party_identity_key ADD COLUMN generation BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE party_identity_key ALTER COLUMN generation DROP DEFAULT;

-- Every read names one generation, so each index leads with it. (The primary keys: V23, spelt per database.)
DROP INDEX ix_party_view_name_key;
CREATE INDEX ix_party_view_name_key ON party_view (generation, name_key);
DROP INDEX ix_party_view_kind;
CREATE INDEX ix_party_view_kind ON party_view (generation, kind);
DROP INDEX ix_trust_view_status;
CREATE INDEX ix_trust_view_status ON trust_view (generation, status);
DROP INDEX ix_party_identity_key_party;
CREATE INDEX ix_party_identity_key_party ON party_identity_key (generation, party_id);
