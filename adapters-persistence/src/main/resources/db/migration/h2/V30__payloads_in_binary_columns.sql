-- Payloads as plain binary columns, as on PostgreSQL (bytea): H2 keeps a BINARY LARGE OBJECT apart from its row and
-- reads and writes it through its large-object machinery on every event stored or loaded. Converting keeps each
-- value's bytes exactly, so the seals, which cover them, still verify.
ALTER TABLE domain_event_entry ALTER COLUMN payload SET DATA TYPE VARBINARY;
ALTER TABLE domain_event_entry ALTER COLUMN meta_data SET DATA TYPE VARBINARY;
ALTER TABLE snapshot_event_entry ALTER COLUMN payload SET DATA TYPE VARBINARY;
ALTER TABLE snapshot_event_entry ALTER COLUMN meta_data SET DATA TYPE VARBINARY;
ALTER TABLE token_entry ALTER COLUMN token SET DATA TYPE VARBINARY;
