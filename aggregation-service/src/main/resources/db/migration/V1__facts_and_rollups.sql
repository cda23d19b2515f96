-- Every verdict received, once per submission. The current one of an agency and year is the one that counts.
create table report_fact (
    submission_id uuid primary key,
    agency_code   char(9)     not null,
    agency_name   varchar(100),
    report_year   integer     not null,
    county_code   char(6)     not null,
    city_code     char(4)     not null,
    province_code char(2)     not null,
    verdict       varchar(10) not null,
    received_at   timestamptz not null,
    checked_at    timestamptz,
    figures       jsonb       not null,
    findings      jsonb       not null,
    is_current    boolean     not null default false,
    stored_at     timestamptz not null
);
-- At most one current submission per agency and year: the newest by received_at.
create unique index report_fact_current on report_fact (agency_code, report_year) where is_current;
create index report_fact_county on report_fact (county_code, report_year) where is_current;

-- Maintained sums of the current submissions per region (county, city, province) and year.
create table rollup (
    region_code       varchar(6)  not null,
    report_year       integer     not null,
    level             varchar(10) not null,
    validated_reports integer     not null,
    rejected_reports  integer     not null,
    figures           jsonb       not null,
    -- how many reports filled each cell: a cell nobody filled is absent, not 0
    cell_reports      jsonb       not null,
    updated_at        timestamptz not null,
    primary key (region_code, report_year)
);
