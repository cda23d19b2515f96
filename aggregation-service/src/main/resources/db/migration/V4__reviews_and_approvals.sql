-- Review of findings: every decision is kept (who, when, why); the latest per finding of a submission counts.
-- A finding is its index in the submission's findings and its rule: a re-validation that reorders the findings
-- leaves a decision on a rule that is no longer at its place without effect.
create table finding_review (
    review_id       uuid         primary key,
    submission_id   uuid         not null references report_fact (submission_id),
    finding_index   integer      not null,
    rule            varchar(40)  not null,
    severity        varchar(10)  not null,
    decision        varchar(10)  not null check (decision in ('CONFIRMED', 'DISMISSED')),
    reason          text,
    decided_by      varchar(200),
    reviewer_region varchar(9),
    decided_at      timestamptz  not null
);
create index finding_review_submission on finding_review (submission_id, finding_index, decided_at);

-- The findings whose latest decision is a dismissal: they no longer count in rejection statistics.
create view finding_dismissed as
select submission_id, finding_index, rule from (
    select distinct on (submission_id, finding_index, rule) submission_id, finding_index, rule, decision
    from finding_review order by submission_id, finding_index, rule, decided_at desc, review_id) latest
where decision = 'DISMISSED';

-- Approval by level: an agency's report (9-digit code), or a county's, city's or province's reports, for a year,
-- approved by the level above or returned for correction. Every change is kept; the latest is the state.
create table approval_decision (
    decision_id   uuid         primary key,
    region_code   varchar(9)   not null,
    report_year   integer      not null,
    state         varchar(10)  not null check (state in ('APPROVED', 'RETURNED')),
    reason        text,
    submission_id uuid,
    approver      varchar(9),
    decided_by    varchar(200),
    decided_at    timestamptz  not null
);
create index approval_decision_region on approval_decision (report_year, region_code varchar_pattern_ops, decided_at);
