-- The national table of administrative divisions (统计用区划代码), filled at startup from the registry bundled in
-- report-core (RegionTableLoader). Completeness queries join it: which townships should have reported.
create table region (
    code        varchar(9)   primary key,
    name        varchar(100) not null,
    level       varchar(10)  not null,
    parent_code varchar(6)
);
create index region_parent on region (parent_code);
-- prefix searches (all townships under a city or province) use the code's text order
create index region_township_prefix on region (code varchar_pattern_ops) where level = 'township';

-- Which registry data the region table holds: the loader refills it only when the checksum changes.
create table region_source (
    id         integer     primary key check (id = 1),
    checksum   varchar(64) not null,
    regions    integer     not null,
    loaded_at  timestamptz not null
);

-- Completeness and rejection queries read the current facts of a region by agency code prefix.
create index report_fact_current_agency on report_fact (report_year, agency_code bpchar_pattern_ops) where is_current;
