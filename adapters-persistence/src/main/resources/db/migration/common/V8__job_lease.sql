-- Leases on jobs that one node at a time should run (the hourly trust refresh), shared by every node on the database.
CREATE TABLE job_lease (
    job_name    VARCHAR(100) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL
);
