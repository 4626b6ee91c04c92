-- Reindexes, in the database every instance shares: one runs at a time across all instances, and any instance
-- reports how the latest went. The instance running one stamps heartbeat_at every few seconds; a row still
-- "running" whose stamp has gone stale belongs to an instance that stopped, and counts as interrupted.
create table reindex_run (
    id uuid primary key,
    state varchar(16) not null,
    instance varchar(255) not null,
    started_at timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    documents_indexed bigint not null default 0,
    documents_total bigint,
    error varchar(1100)
);
-- The lock: a second running row, from any instance, violates it.
create unique index reindex_run_one_running on reindex_run (state) where state = 'running';
create index reindex_run_started_at_idx on reindex_run (started_at);
