-- The last verdict on every submission (small: no report), so that a re-validation knows what changed and which
-- submissions it has already re-checked under its rules version.
create table verdict (
    submission_id uuid        primary key,
    agency_code   char(9)     not null,
    report_year   integer     not null,
    received_at   timestamptz not null,
    verdict       varchar(10) not null,
    rules_version varchar(40) not null,
    error_rules   text[]      not null,
    checked_at    timestamptz not null
);
create index verdict_year_agency on verdict (report_year, agency_code);

-- Re-validations of a year (or of a region in it) from reports.raw under a newer rules version, and how far each got.
create table revalidation (
    id              uuid        primary key,
    report_year     integer     not null,
    region_code     varchar(9),
    rules_version   varchar(40) not null,
    state           varchar(10) not null,
    log_records     bigint      not null,
    scanned         bigint      not null default 0,
    matched         bigint      not null default 0,
    rechecked       bigint      not null default 0,
    already_checked bigint      not null default 0,
    without_earlier bigint      not null default 0,
    changed         bigint      not null default 0,
    now_rejected    bigint      not null default 0,
    now_validated   bigint      not null default 0,
    changed_by_rule jsonb       not null default '{}'::jsonb,
    unreadable      bigint      not null default 0,
    started_at      timestamptz not null,
    updated_at      timestamptz not null,
    finished_at     timestamptz,
    failure         text
);
