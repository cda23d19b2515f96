-- Approved reports are locked (issue 15): the latest approval decision of each agency and year, from
-- approvals.changed. While its state is APPROVED a new upload for the agency and year is refused (409) until the
-- approver returns the report for correction.
create table upload_lock (
    agency_code char(9)     not null,
    report_year integer     not null,
    state       varchar(10) not null,
    approver    varchar(9),
    reason      text,
    approval_id uuid        not null,
    decided_at  timestamptz not null,
    primary key (agency_code, report_year)
);
