-- A party has one row in each generation of the read models: the generation leads every primary key (see V22).
ALTER TABLE party_view DROP PRIMARY KEY;
ALTER TABLE party_view ADD CONSTRAINT party_view_pkey PRIMARY KEY (generation, party_id);
ALTER TABLE trust_view DROP PRIMARY KEY;
ALTER TABLE trust_view ADD CONSTRAINT trust_view_pkey PRIMARY KEY (generation, party_id);
ALTER TABLE party_identity_key DROP PRIMARY KEY;
ALTER TABLE party_identity_key ADD CONSTRAINT party_identity_key_pkey PRIMARY KEY (generation, identity_key, party_id);
