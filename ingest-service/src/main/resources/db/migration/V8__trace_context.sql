-- Traces across the pipeline (docs/tracing.md): the upload's W3C trace context is kept with its outbox row, so that
-- the relay, later and on another thread, publishes reports.raw with a traceparent of the same trace; the
-- submission keeps the trace id for its status. Rows written before this migration have none (a new trace).
alter table outbox_event add column trace_parent text;
alter table outbox_event add column trace_state text;
alter table submission add column trace_id char(32);
