-- The same text under another URL is a duplicate: remember which article it repeats, so search can collapse it.
alter table article add column body_hash varchar(64);
alter table article add column duplicate_of uuid;
create index article_body_hash_idx on article (body_hash);
create index article_duplicate_of_idx on article (duplicate_of);
