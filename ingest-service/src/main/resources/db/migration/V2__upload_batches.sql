-- A batch: a ZIP of reports and a manifest (file, agency, year), uploaded at once by an office.
create table upload_batch (
    id           uuid primary key,
    submitted_by varchar(100),
    region       varchar(12),   -- the uploader's region prefix; null for an admin
    created_at   timestamptz  not null,
    file_count   integer      not null
);

-- One manifest line. Its document is already stored (original_document) when the batch is answered, so that a
-- 202 for the batch is as durable as one for a single report; the batch worker turns PENDING items into submissions.
create table batch_item (
    id            bigserial primary key,
    batch_id      uuid         not null references upload_batch (id),
    line          integer      not null,
    file_name     varchar(500) not null,
    agency_code   varchar(20),
    report_year   integer,
    sha256        char(64)     references original_document (sha256),
    state         varchar(12)  not null,
    reason        text,
    submission_id uuid         references submission (id),
    finished_at   timestamptz
);
create index batch_item_by_batch on batch_item (batch_id, line);
create index batch_item_pending on batch_item (id) where state = 'PENDING';
