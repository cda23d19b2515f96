-- Corrections of parsed cells (issue 15). A correction is a new submission, a new version of the same agency and
-- year, that refers to the original document of the version it corrects (same sha256: the original is stored once
-- and never changed); what was corrected, by whom, why and when is kept here.
alter table submission add column correction_of uuid references submission (id);

create table correction (
    submission_id uuid         primary key references submission (id),
    correction_of uuid         not null references submission (id),
    corrected_by  varchar(100),
    reason        text         not null,
    -- the cells entered in this step, JSON [{cell, table, row, column, value}]; a version's event carries these and
    -- those of the corrections it builds on
    cells         text         not null,
    corrected_at  timestamptz  not null
);

-- Versions of a report, oldest first.
create index submission_versions on submission (agency_code, report_year, received_at);
