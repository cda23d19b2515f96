-- A version made by correcting parsed cells (issue 15) keeps its correction with its verdict: of which submission,
-- who, why and the cells as applied (the outcome event's correction summary). Null for an upload.
alter table report_fact add column correction jsonb;
