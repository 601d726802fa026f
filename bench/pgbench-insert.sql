-- The PostgreSQL ceiling: one single-row insert transaction of a ~600-byte event-like row,
-- with a unique text identifier as the event store's event_identifier has. Run by pgbench -n.
INSERT INTO bench_pg_ceiling (event_identifier, payload)
VALUES (gen_random_uuid()::text, convert_to(repeat('x', 600), 'UTF8'));
