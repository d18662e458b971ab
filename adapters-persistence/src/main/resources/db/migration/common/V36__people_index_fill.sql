-- Whether the people index (V35) holds the entries recorded before it existed. Their personal values are encrypted, so
-- no migration can file them: a rebuild of the read models does, started once by a node at start, and sets filled_at
-- when it has swapped in. A ledger with no events yet has nothing to file: it is filled from the start.
CREATE TABLE people_index_fill (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    filled_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO people_index_fill (id, filled_at)
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM domain_event_entry) THEN NULL ELSE CURRENT_TIMESTAMP END;
