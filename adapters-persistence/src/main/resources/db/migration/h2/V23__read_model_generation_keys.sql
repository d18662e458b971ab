-- A party has one row in each generation of the read models (see V22), so the generation joins every primary key.
-- Where a key is looked up by a list of values (identity keys, parties to lock) that column leads, the generation
-- second: H2 uses an IN list only on an index's first column, and would otherwise read the whole generation.
ALTER TABLE party_view DROP PRIMARY KEY;
ALTER TABLE party_view ADD CONSTRAINT party_view_pkey PRIMARY KEY (generation, party_id);
ALTER TABLE trust_view DROP PRIMARY KEY;
ALTER TABLE trust_view ADD CONSTRAINT trust_view_pkey PRIMARY KEY (party_id, generation);
ALTER TABLE party_identity_key DROP PRIMARY KEY;
ALTER TABLE party_identity_key ADD CONSTRAINT party_identity_key_pkey PRIMARY KEY (identity_key, generation, party_id);
