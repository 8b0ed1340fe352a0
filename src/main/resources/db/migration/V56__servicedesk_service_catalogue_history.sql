-- The catalogue's services keep their history (Envers): who changed what, when, with
-- their customers, departments and supporting services as they were.
create table sd_service_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    owner_team_id bigint, name_fr varchar(200), name_en varchar(200), description text, status varchar(20),
    priority_hint integer, retire_reason varchar(500),
    primary key (id, rev)
);
create table sd_service_customer_aud (
    rev bigint not null references shared_revision (id), revtype smallint,
    service_id bigint not null, establishment_id bigint not null,
    primary key (rev, service_id, establishment_id)
);
create table sd_service_customer_department_aud (
    rev bigint not null references shared_revision (id), revtype smallint,
    service_id bigint not null, department_id bigint not null,
    primary key (rev, service_id, department_id)
);
create table sd_service_support_aud (
    rev bigint not null references shared_revision (id), revtype smallint,
    service_id bigint not null, supporting_id bigint not null,
    primary key (rev, service_id, supporting_id)
);
