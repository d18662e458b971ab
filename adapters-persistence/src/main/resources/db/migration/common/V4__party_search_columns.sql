-- The party list is searched with screening's normalisation: the folded name, its core without legal form, and the
-- digits of each phone number (each followed by a space, so a search for the last digits finds the end of a number).
-- V4_1 fills them for parties already stored.
ALTER TABLE party_view ADD COLUMN search_key VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE party_view ADD COLUMN phone_digits VARCHAR(1000) DEFAULT ' ' NOT NULL;
ALTER TABLE party_view ALTER COLUMN name_key SET DATA TYPE VARCHAR(1000);

-- Phone numbers are searched through phone_digits and screened through party_identity_key: this table is unused.
DROP TABLE party_phone;
