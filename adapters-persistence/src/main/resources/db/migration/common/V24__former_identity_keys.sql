-- A party stays filed under the keys of details it no longer has (a former phone, address, name …), since screening
-- counts them as evidence; the column says when the key stopped being current, and is null while it is current.
-- Keys dropped by amendments before this column existed come back with the next rebuild of the read models.
ALTER TABLE party_identity_key ADD COLUMN former_until TIMESTAMP WITH TIME ZONE;
