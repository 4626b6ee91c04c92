-- Articles: the system of record. The search index is derived from this table and can always be rebuilt from it.
create table article (
    id           uuid primary key,
    external_id  varchar(200) unique,
    url          varchar(2048) unique,
    title        text         not null,
    summary      text,
    body         text         not null,
    authors      text[]       not null default '{}',
    source       varchar(200),
    language     varchar(8),
    tags         text[]       not null default '{}',
    published_at timestamp(6) with time zone,
    ingested_at  timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null
);

create index article_published_at_idx on article (published_at);
