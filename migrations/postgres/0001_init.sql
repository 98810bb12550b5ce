-- Lectern sync server schema, version 1 (issue 14). Applied by `lectern sync init` inside the
-- schema it names (default `lectern`), with search_path set for that transaction only.
--
-- Revisions are append-only and globally unique (UUIDv7), so storing them never conflicts;
-- `heads` says which revision is each text's current one. Rows (personas, courses, metadata,
-- research, lessons) are kept as JSON field maps under their natural key. `sync_log` is what
-- pulls read in `seq` order; `seq` is taken from `sync_head`, which every push locks first, so
-- numbers are handed out in commit order and a reader's cursor never skips a late commit.

CREATE TABLE sync_head (
    id   integer PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL
);
INSERT INTO sync_head VALUES (1, 0);

CREATE TABLE sync_replicas (
    replica_id        text PRIMARY KEY,
    last_mutation_id  bigint NOT NULL,
    last_hash         text NOT NULL,
    author            text NOT NULL,
    last_seen         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE revisions (
    id               text PRIMARY KEY,
    course           text NOT NULL,
    target           text NOT NULL,
    parent_id        text,
    merge_parent_id  text,
    created_at       text NOT NULL,
    source           text NOT NULL,
    provider         text,
    model            text,
    author           text NOT NULL,
    origin           text NOT NULL,
    gps_score        double precision,
    didatica_score   double precision,
    action_id        text NOT NULL,
    undoes_action    text,
    lines_added      integer NOT NULL DEFAULT 0,
    lines_removed    integer NOT NULL DEFAULT 0,
    sha256           text NOT NULL,
    body             text NOT NULL,
    replica_id       text NOT NULL
);
CREATE INDEX revisions_target ON revisions (course, target);

CREATE TABLE heads (
    course       text NOT NULL,
    target       text NOT NULL,
    revision_id  text NOT NULL REFERENCES revisions (id),
    PRIMARY KEY (course, target)
);

CREATE TABLE sync_rows (
    key          text PRIMARY KEY,
    course       text NOT NULL,
    fields       jsonb NOT NULL,
    deleted      boolean NOT NULL DEFAULT false,
    row_version  bigint NOT NULL,
    updated_by   text NOT NULL
);
CREATE INDEX sync_rows_course ON sync_rows (course);

CREATE TABLE conflicts (
    id             text PRIMARY KEY,
    course         text NOT NULL,
    target         text NOT NULL,
    base_id        text,
    pushed_id      text,
    head_id        text,
    pushed_value   jsonb,
    head_value     jsonb,
    pushed_author  text,
    head_author    text,
    pushed_at      text,
    head_at        text,
    replica_id     text NOT NULL,
    state          text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    resolved_by    text,
    resolved_at    timestamptz
);
CREATE INDEX conflicts_open ON conflicts (course, target) WHERE state = 'open';

CREATE TABLE sync_log (
    seq         bigint PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('revision', 'row', 'conflict')),
    key         text NOT NULL,
    course      text NOT NULL,
    payload     jsonb NOT NULL,
    replica_id  text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
