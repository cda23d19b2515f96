-- Keep every validated submission, not only the latest per agency and year: the previous year is looked up as it
-- stood when a submission was received, so that replaying the same events gives the same verdicts.
alter table accepted_report drop constraint accepted_report_pkey;
alter table accepted_report add primary key (submission_id);
create index accepted_report_as_of on accepted_report (agency_code, report_year, received_at desc);
