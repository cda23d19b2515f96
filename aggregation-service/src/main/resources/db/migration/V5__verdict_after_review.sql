-- A rejected report whose every error a reviewer dismissed counts as accepted (docs/review-and-approval.md):
-- verdict is then VALIDATED, in the rollups, completeness and rebuilds alike, and rules_verdict keeps what the rules
-- said. Null when no review changed the verdict; a re-validation (newer rules version) clears it.
alter table report_fact add column rules_verdict varchar(10);
