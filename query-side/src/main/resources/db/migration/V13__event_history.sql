-- The history shows each event's aggregate, its place in that aggregate's stream, and its
-- metadata: the correlation and causation ids, and the webhook or API call it came from.
-- Events projected before this are filled in by a rebuild of the event graph.
ALTER TABLE event
    ADD COLUMN aggregate_id       text,
    ADD COLUMN aggregate_sequence bigint,
    ADD COLUMN metadata           jsonb;

CREATE INDEX event_by_aggregate ON event (application_id, aggregate_id, position);
CREATE INDEX event_in_order ON event (application_id, position);
