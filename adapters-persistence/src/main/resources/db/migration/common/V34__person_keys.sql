-- One key per person whose personal data the events hold encrypted, kept only wrapped (AES key wrap) by the master key,
-- which is configuration and never in the database. Erasing the person sets wrapped_key to NULL: what was encrypted
-- with it can never be read again. The row stays, saying when the key was made and when it was destroyed.
CREATE TABLE person_key (
    person_id   VARCHAR(36)  PRIMARY KEY,
    wrapped_key VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at   TIMESTAMP WITH TIME ZONE
);
