-- Published monthly figures: once a month is over, its figures are computed once and kept
-- (ISO/IEC 20000-1 evidence: a past report never changes; the yearly report reads a dozen
-- months of stored sums instead of counting a year of tickets). One row per published
-- month (in the reports' time zone), written once and never updated.
create table sd_report_month (
    month        date primary key,
    zone         varchar(40) not null,
    published_at timestamp with time zone not null,
    published_by varchar(100) not null,
    constraint ck_sd_report_month_first_day check (extract(day from month) = 1)
);

-- The month's figures per finest cell (establishment x team x catalogue service, as the
-- tickets stood at publication; the satisfaction columns by the invitation's establishment
-- and team), every column additive: a report over any filter and reader scope is the sum
-- of the cells it may see. open_at_end is the backlog at the first instant of the next month.
create table sd_report_month_cell (
    month               date not null references sd_report_month (month),
    establishment_id    bigint not null,
    team_id             bigint not null,
    service_id          bigint,
    created             bigint not null default 0,
    resolved            bigint not null default 0,
    closed              bigint not null default 0,
    cancelled           bigint not null default 0,
    reopened            bigint not null default 0,
    open_at_end         bigint not null default 0,
    response_met        bigint not null default 0,
    response_measured   bigint not null default 0,
    resolution_met      bigint not null default 0,
    resolution_measured bigint not null default 0,
    invitations         bigint not null default 0,
    answers             bigint not null default 0,
    rating_sum          bigint not null default 0,
    constraint uk_sd_report_month_cell unique nulls not distinct (month, establishment_id, team_id, service_id)
);
