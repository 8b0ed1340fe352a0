-- Agents' tools: team category trees are archived with a reason and keep a history.
alter table sd_category add column archive_reason varchar(500);

-- A name is unique among the active children of one parent (roots: parent 0), whatever
-- its case; an archived category does not hold its name.
create unique index uk_sd_category_sibling_name on sd_category (team_id, coalesce(parent_id, 0), lower(name))
    where not archived;
create index ix_sd_category_parent on sd_category (parent_id);

-- Queues filtered on a category (and its sub-categories).
create index ix_sd_ticket_category on sd_ticket (category_id, created_at);

create table sd_category_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    team_id bigint, parent_id bigint, name varchar(200), archived boolean, archive_reason varchar(500),
    primary key (id, rev)
);
