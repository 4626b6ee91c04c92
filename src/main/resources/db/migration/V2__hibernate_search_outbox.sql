-- Hibernate Search outbox-polling coordination (Hibernate Search 8.2): indexing events are written in the same
-- transaction as the article they concern, and the agents of every Lede instance share the event processing
-- through the agent table. Shapes as Hibernate Search's own mapping expects them (checked at boot by validation).
create table HSEARCH_AGENT (
    id                 uuid         not null primary key,
    type               varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               varchar(255) not null,
    expiration         timestamp(6) with time zone not null,
    state              varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount    integer,
    assignedShardIndex integer,
    tenantId           varchar(255),
    payload            bytea
);

create table HSEARCH_OUTBOX_EVENT (
    id           uuid         not null primary key,
    entityName   varchar(256) not null,
    entityId     varchar(256) not null,
    entityIdHash integer      not null,
    payload      bytea        not null,
    retries      integer      not null,
    processAfter timestamp(6) with time zone not null,
    status       varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantId     varchar(255)
);

create index processAfter on HSEARCH_OUTBOX_EVENT (processAfter);
