-- A queued message may be a media item or a template, not only a text: both are kept as the
-- JSON of their contract records, and the text becomes optional (a caption, or nothing).
ALTER TABLE send_queue
    ALTER COLUMN text DROP NOT NULL,
    ADD COLUMN media    text,
    ADD COLUMN template text;
