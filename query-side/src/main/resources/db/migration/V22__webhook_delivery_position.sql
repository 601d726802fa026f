-- A delivery's position is the global position of its first attempt, not a counter of this
-- table: a rebuild then yields the same positions, and cursors stay valid across it.
ALTER TABLE webhook_delivery_view ALTER COLUMN position DROP DEFAULT;
DROP SEQUENCE IF EXISTS webhook_delivery_view_position_seq;
