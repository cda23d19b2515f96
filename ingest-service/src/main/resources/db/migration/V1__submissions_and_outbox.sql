-- Originals are stored once per content (SHA-256), however often they are submitted.
create table original_document (
    sha256      char(64) primary key,
    content     bytea        not null,
    size_bytes  bigint       not null,
    media_type  varchar(100) not null,
    stored_at   timestamptz  not null
);

create table submission (
    id                uuid primary key,
    agency_code       char(9)      not null,
    agency_name       varchar(100),
    report_year       integer      not null,
    received_at       timestamptz  not null,
    source_format     varchar(10)  not null,
    sha256            char(64)     not null references original_document (sha256),
    size_bytes        bigint       not null,
    submitted_by      varchar(100),
    status            varchar(12)  not null,
    status_changed_at timestamptz  not null,
    findings          text
);
-- An identical re-upload for the same agency and year finds its earlier submission here.
create index submission_by_content on submission (agency_code, report_year, sha256);

-- Transactional outbox: written in the same transaction as the submission, published by the relay.
create table outbox_event (
    id           bigserial primary key,
    topic        varchar(100) not null,
    message_key  varchar(20)  not null,
    event_id     varchar(64)  not null,
    event_type   varchar(60)  not null,
    subject      varchar(20)  not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_unpublished on outbox_event (id) where published_at is null;
