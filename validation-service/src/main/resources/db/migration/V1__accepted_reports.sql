-- The latest validated report of each agency and year: the "previous year" of the cross-year rules.
create table accepted_report (
    agency_code   char(9)     not null,
    report_year   integer     not null,
    submission_id uuid        not null,
    received_at   timestamptz not null,
    report        text        not null,
    stored_at     timestamptz not null,
    primary key (agency_code, report_year)
);
