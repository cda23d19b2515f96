-- A correction of parsed cells is a new submission: the latest decisions on the version it corrects are carried over
-- to the same findings of the new version (same rule, severity, place and cells), kept as decisions of the new
-- submission with the original's who, when and why, and the submission they were taken on. Null for a reviewer's own.
alter table finding_review add column carried_from uuid references report_fact (submission_id);
-- A redelivered verdict never carries a finding's decision twice.
create unique index finding_review_carried on finding_review (submission_id, finding_index) where carried_from is not null;
