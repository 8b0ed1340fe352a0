-- Safety notices (matériovigilance): a notice from the ANSM, a manufacturer (FSN) or Health
-- Canada, its affected scope as criteria rows, the assets it matched (with why, how sure, and
-- the action taken on each), and the matériovigilance correspondent (CLMV) of each
-- establishment.

-- Comparison keys, one definition used on both sides (the assets' stored columns below and
-- the notice's criteria at match time), so a serial typed "S/N 000150" on a notice meets
-- "sn150" in the register.

-- The serial as compared: capitals, without a label prefix ("SN", "S/N", "N°", "NO.",
-- "SERIAL", "NUM"), without separators, except that a separator between two groups of digits
-- stays (as "-"), so that a range reads "2215-008184" as number 8184 of series "2215-", not
-- 2215008184; leading zeros of each group of digits do not count.
create function inv_serial_grouped(serial text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace(replace(regexp_replace(regexp_replace(
        regexp_replace(upper(btrim(serial)),
            '^(S/N|S\.N\.|SN(?=[^A-Z])|SERIAL *(NUMBER|NO\.?|N°|Nº)?|N°|Nº|NO[.:]|NUM(ERO|ÉRO)?[.:]?)\s*[:#.]?\s*', ''),
        '([0-9])[^A-Z0-9]+(?=[0-9])', '\1~', 'g'), '[^A-Z0-9~]', '', 'g'), '~', '-'),
        '(^|[^0-9])0+([0-9])', '\1\2', 'g') $$;

-- The serial as a list compares it: the groups of digits put together ("S/N 2215-008184" and
-- "22158184" meet). Null when nothing is left.
create function inv_serial_key(serial text) returns text
    language sql immutable strict parallel safe
    as $$ select nullif(replace(inv_serial_grouped(serial), '-', ''), '') $$;

-- The shape of a serial for ranges: what comes before and after its last group of digits
-- ("AB#X" for "AB-0150-X", "2215-#" for "2215-008184"). Serials without digits have no
-- shape and fall in no range.
create function inv_serial_shape(serial text) returns text
    language sql immutable strict parallel safe
    as $$ select left(c, length(c) - length(substring(c from '([0-9]+[^0-9]*)$'))) || '#'
        || substring(c from '([^0-9]*)$')
        from (select inv_serial_grouped(serial) as c) s where c ~ '[0-9]' $$;

-- The number a serial's last group of digits makes (leading zeros do not count).
create function inv_serial_value(serial text) returns numeric
    language sql immutable strict parallel safe
    as $$ select substring(c from '([0-9]+)[^0-9]*$')::numeric
        from (select inv_serial_grouped(serial) as c) s where c ~ '[0-9]' $$;

-- A lot number as compared: capitals, without a "LOT" label and without separators.
create function inv_lot_key(lot text) returns text
    language sql immutable strict parallel safe
    as $$ select nullif(regexp_replace(regexp_replace(upper(btrim(lot)), '^LOT\s*[:#.]?\s*', ''),
        '[^A-Z0-9]', '', 'g'), '') $$;

-- A device identifier as compared: a GS1 GTIN (8 to 14 digits) as 14 digits, any other
-- identifier (HIBCC, ICCBBA) in capitals without spaces.
create function inv_device_identifier_key(di text) returns text
    language sql immutable strict parallel safe
    as $$ select case when regexp_replace(di, '[\s-]', '', 'g') ~ '^[0-9]{8,14}$'
        then lpad(regexp_replace(di, '[\s-]', '', 'g'), 14, '0')
        else nullif(upper(regexp_replace(di, '\s', '', 'g')), '') end $$;

-- A software version as compared: capitals, without a leading "V"/"VERSION" and spaces.
create function inv_version_key(version text) returns text
    language sql immutable strict parallel safe
    as $$ select nullif(regexp_replace(regexp_replace(upper(btrim(version)), '^V(ERSION)?\s*', ''), '\s', '', 'g'), '') $$;

-- A model's name or alias as compared: capitals, without spaces.
create function inv_name_key(name text) returns text
    language sql immutable strict parallel safe
    as $$ select nullif(upper(regexp_replace(name, '\s', '', 'g')), '') $$;

-- The register's assets carry their keys, stored and indexed, so that matching a notice is a
-- handful of index lookups over the whole group instead of a scan.
alter table inv_asset
    add column serial_key text generated always as (inv_serial_key(serial_number)) stored,
    add column serial_shape text generated always as (inv_serial_shape(serial_number)) stored,
    add column serial_value numeric generated always as (inv_serial_value(serial_number)) stored,
    add column lot_key text generated always as (inv_lot_key(lot_number)) stored,
    add column udi_key text generated always as (inv_device_identifier_key(udi_device_identifier)) stored,
    add column software_key text generated always as (inv_version_key(software_version)) stored;
create index ix_inv_asset_serial_key on inv_asset (serial_key);
create index ix_inv_asset_serial_range on inv_asset (serial_shape, serial_value);
create index ix_inv_asset_lot_key on inv_asset (lot_key);
create index ix_inv_asset_udi_key on inv_asset (udi_key);
create index ix_inv_asset_software_key on inv_asset (software_key);
create index ix_inv_asset_manufactured_on on inv_asset (manufactured_on);

-- The matériovigilance correspondent (CLMV) of each establishment, and a deputy.
create table inv_vigilance_correspondent (
    id               bigint generated by default as identity primary key,
    establishment_id bigint not null,
    person_id        bigint not null,
    deputy_person_id bigint,
    version          bigint not null default 0,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    last_modified_at timestamp with time zone not null,
    last_modified_by varchar(100) not null,
    constraint uq_inv_vigilance_correspondent unique (establishment_id)
);

create table inv_safety_notice (
    id                      bigint generated by default as identity primary key,
    source                  varchar(30) not null,
    reference               varchar(100) not null,
    title                   varchar(300) not null,
    manufacturer_id         bigint references inv_manufacturer (id),
    manufacturer_name       varchar(200),
    received_on             date not null,
    required_action         text not null,
    action_due_on           date,
    status                  varchar(10) not null,
    closing_note            varchar(2000),
    forced_close            boolean not null default false,
    closed_at               timestamp with time zone,
    group_wide              boolean not null,
    correspondent_person_id bigint,
    last_matched_at         timestamp with time zone,
    version                 bigint not null default 0,
    created_at              timestamp with time zone not null,
    created_by              varchar(100) not null,
    last_modified_at        timestamp with time zone not null,
    last_modified_by        varchar(100) not null,
    constraint ck_inv_safety_notice_source check (source in ('ANSM_ALERT', 'MANUFACTURER_FSN',
        'HEALTH_CANADA_RECALL', 'OTHER')),
    constraint ck_inv_safety_notice_status check (status in ('OPEN', 'CLOSED')),
    constraint ck_inv_safety_notice_closing check (status = 'OPEN' or closing_note is not null)
);
create index ix_inv_safety_notice_status on inv_safety_notice (status, received_on);

-- The establishments a notice is handled by, when it is not group-wide.
create table inv_safety_notice_establishment (
    notice_id        bigint not null references inv_safety_notice (id),
    establishment_id bigint not null,
    primary key (notice_id, establishment_id)
);
create index ix_inv_safety_notice_establishment on inv_safety_notice_establishment (establishment_id);

-- One criterion of the affected scope. Product criteria (MODEL, ALIAS, DEVICE_IDENTIFIER) say
-- which product; unit criteria (SERIAL, SERIAL_RANGE, LOT, SOFTWARE_VERSION,
-- MANUFACTURED_BETWEEN) which units of it.
create table inv_safety_notice_criterion (
    id               bigint generated by default as identity primary key,
    notice_id        bigint not null references inv_safety_notice (id),
    kind             varchar(30) not null,
    model_id         bigint references inv_model (id),
    value            varchar(200),
    value_to         varchar(200),
    date_from        date,
    date_to          date,
    version          bigint not null default 0,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    last_modified_at timestamp with time zone not null,
    last_modified_by varchar(100) not null,
    constraint ck_inv_notice_criterion_kind check (kind in ('MODEL', 'ALIAS', 'DEVICE_IDENTIFIER', 'SERIAL',
        'SERIAL_RANGE', 'LOT', 'SOFTWARE_VERSION', 'MANUFACTURED_BETWEEN')),
    constraint ck_inv_notice_criterion_model check (kind <> 'MODEL' or model_id is not null),
    constraint ck_inv_notice_criterion_range check (kind <> 'SERIAL_RANGE' or (value is not null and value_to is not null)),
    constraint ck_inv_notice_criterion_dates check (kind <> 'MANUFACTURED_BETWEEN'
        or (date_from is not null and date_to is not null and date_from <= date_to))
);
create index ix_inv_notice_criterion_notice on inv_safety_notice_criterion (notice_id);

-- An asset a notice matched: why (the criterion and the asset's value), how sure (a doubt
-- needs a person's confirmation), and the action taken on it. Matching again keeps the
-- progress of rows already there.
create table inv_affected_asset (
    id                 bigint generated by default as identity primary key,
    notice_id          bigint not null references inv_safety_notice (id),
    asset_id           bigint not null references inv_asset (id),
    matched_by         varchar(30) not null,
    matched_criterion  varchar(420) not null,
    matched_value      varchar(200),
    product_match      varchar(30),
    doubt              varchar(40),
    confirmation       varchar(20) not null,
    confirmation_note  varchar(1000),
    confirmed_by       varchar(100),
    confirmed_at       timestamp with time zone,
    in_scope           boolean not null default true,
    action_status      varchar(20) not null,
    action_note        varchar(2000),
    action_by          varchar(100),
    action_at          timestamp with time zone,
    work_order_id      bigint references inv_work_order (id),
    matched_at         timestamp with time zone not null,
    version            bigint not null default 0,
    created_at         timestamp with time zone not null,
    created_by         varchar(100) not null,
    last_modified_at   timestamp with time zone not null,
    last_modified_by   varchar(100) not null,
    constraint uq_inv_affected_asset unique (notice_id, asset_id),
    constraint ck_inv_affected_confirmation check (confirmation in ('NOT_NEEDED', 'PENDING', 'CONFIRMED', 'REJECTED')),
    constraint ck_inv_affected_action check (action_status in ('TO_CHECK', 'CHECKED', 'QUARANTINED', 'CORRECTED',
        'RETURNED', 'NOT_AFFECTED')),
    constraint ck_inv_affected_rejection check (confirmation <> 'REJECTED' or confirmation_note is not null)
);
create index ix_inv_affected_asset_asset on inv_affected_asset (asset_id);

-- History (Envers).
create table inv_vigilance_correspondent_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    establishment_id bigint, person_id bigint, deputy_person_id bigint,
    primary key (id, rev)
);
create table inv_safety_notice_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    source varchar(30), reference varchar(100), title varchar(300), manufacturer_id bigint,
    manufacturer_name varchar(200), received_on date, required_action text, action_due_on date,
    status varchar(10), closing_note varchar(2000), forced_close boolean, closed_at timestamp with time zone,
    group_wide boolean, correspondent_person_id bigint,
    primary key (id, rev)
);
create table inv_safety_notice_establishment_aud (
    rev bigint not null references shared_revision (id), revtype smallint,
    notice_id bigint not null, establishment_id bigint not null,
    primary key (rev, notice_id, establishment_id)
);
create table inv_safety_notice_criterion_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    notice_id bigint, kind varchar(30), model_id bigint, value varchar(200), value_to varchar(200),
    date_from date, date_to date,
    primary key (id, rev)
);
create table inv_affected_asset_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    notice_id bigint, asset_id bigint, confirmation varchar(20), confirmation_note varchar(1000),
    confirmed_by varchar(100), confirmed_at timestamp with time zone, action_status varchar(20),
    action_note varchar(2000), action_by varchar(100), action_at timestamp with time zone, work_order_id bigint,
    primary key (id, rev)
);
