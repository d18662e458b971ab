-- User names are unique without regard to case: ADMIN beside admin would be two accounts a person cannot tell apart
-- when signing in. The folded name is written by the application (lower case) and kept unique by the database, so
-- two nodes adding ADMIN and admin at once cannot both succeed.
ALTER TABLE staff_account ADD COLUMN username_key VARCHAR(201);
UPDATE staff_account SET username_key = LOWER(username);
-- Names that already differ only in case keep working under their exact spelling: all but one get a key no folded
-- name can take ('/' is not allowed in a user name), so the unique index can be created over yesterday's rows.
UPDATE staff_account SET username_key = LOWER(username) || '/' || username
WHERE EXISTS (SELECT 1 FROM staff_account other
              WHERE LOWER(other.username) = LOWER(staff_account.username) AND other.username < staff_account.username);
ALTER TABLE staff_account ALTER COLUMN username_key SET NOT NULL;
CREATE UNIQUE INDEX ux_staff_account_username_key ON staff_account (username_key);

-- Changes whenever the password, the role or the state changes, so a session signed in before can tell it is stale.
ALTER TABLE staff_account ADD COLUMN credentials_version BIGINT DEFAULT 0 NOT NULL;
