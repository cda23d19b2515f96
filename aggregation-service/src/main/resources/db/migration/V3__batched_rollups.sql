-- Verdicts are applied a batch at a time. A verdict of a newer rules version replaces the stored verdict of the same
-- submission (a re-validation); stored_at is when the current verdict of a fact was stored.
alter table report_fact add column rules_version varchar(40);
-- the rebuild reads every fact of a year, current or not
create index report_fact_year_agency on report_fact (report_year, agency_code);
-- verdicts stored per second, pipeline-wide (ops figures)
create index report_fact_stored on report_fact (stored_at);
