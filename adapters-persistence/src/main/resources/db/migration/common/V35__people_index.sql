-- The people the entries name (a private customer, a caller, a representative), one row an appearance, so that a person
-- is found by name or number and told what the shop holds of them. A read model like party_view: kept in generations
-- (see V22), filled by the people projection and by a rebuild. person_id is a private customer's party id, or for
-- anyone else an HMAC of their identity under person_id_key, which reveals nothing without the master key. The rows of
-- an erased person are deleted; name and keys are never kept for them.
CREATE TABLE person_appearance (
    person_id    VARCHAR(36)   NOT NULL,
    generation   BIGINT        NOT NULL,
    party_id     VARCHAR(36)   NOT NULL,
    sequence     BIGINT        NOT NULL,
    role         VARCHAR(20)   NOT NULL,
    name         VARCHAR(1000),
    name_key     VARCHAR(1000) NOT NULL,
    name_reading VARCHAR(1000) NOT NULL,
    phones       VARCHAR(1000) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Looked up by a list of people, so the person leads (H2 uses an IN list only on an index's first column).
    CONSTRAINT person_appearance_pkey PRIMARY KEY (person_id, generation, party_id, sequence, role)
);
CREATE INDEX ix_person_appearance_party ON person_appearance (generation, party_id);

-- The key person ids are made with: 32 random bytes, kept only wrapped by the master key like every person's key, so
-- that an id stays the same on every node, across rebuilds and across a rotation of the master key.
CREATE TABLE person_id_key (
    id          INTEGER      PRIMARY KEY CHECK (id = 1),
    wrapped_key VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
