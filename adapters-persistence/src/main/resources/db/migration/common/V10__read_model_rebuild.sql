-- Each rebuild of the read models and how far it has come, so that any node answers for a rebuild another one runs.
CREATE TABLE read_model_rebuild (
    id               VARCHAR(36)   PRIMARY KEY,
    state            VARCHAR(20)   NOT NULL,
    phase            VARCHAR(20)   NOT NULL,
    requested_by     VARCHAR(100)  NOT NULL,
    events_done      BIGINT        NOT NULL,
    events_total     BIGINT        NOT NULL,
    parties_done     BIGINT        NOT NULL,
    parties_total    BIGINT        NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    phase_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    failure          VARCHAR(2000)
);
CREATE INDEX ix_read_model_rebuild_started ON read_model_rebuild (started_at);
