-- The reports read the stored events of a few types (troubles, short payments, requests): an index on the stored
-- type name keeps them from reading every event of the ledger.
CREATE INDEX ix_domain_event_payload_type ON domain_event_entry (payload_type);
