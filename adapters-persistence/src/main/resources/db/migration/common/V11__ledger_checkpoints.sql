-- The ledger-wide chain of checkpoints: each records, up to a global index, the seal of the last event of every party
-- that changed since the one before, and is hashed together with that one's hash. Appended to, never changed.
CREATE TABLE ledger_checkpoint (
    checkpoint_number BIGINT PRIMARY KEY,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    global_index      BIGINT NOT NULL,
    -- Global indexes below global_index not yet committed when it was written: read again by the next checkpoint.
    gaps              VARCHAR(1000000) NOT NULL,
    parties           BIGINT NOT NULL,
    previous_hash     VARCHAR(64) NOT NULL,
    hash              VARCHAR(64) NOT NULL
);

-- A party's head in one checkpoint; its latest is the row with the highest checkpoint number.
CREATE TABLE ledger_checkpoint_head (
    party_id          VARCHAR(36) NOT NULL,
    checkpoint_number BIGINT NOT NULL,
    sequence_number   BIGINT NOT NULL,
    seal              VARCHAR(64),
    PRIMARY KEY (party_id, checkpoint_number)
);

CREATE INDEX ledger_checkpoint_head_by_checkpoint ON ledger_checkpoint_head (checkpoint_number);

-- The receipt a key's first answer carried, to answer a repeat with it.
ALTER TABLE idempotency_key ADD COLUMN seal VARCHAR(64);
