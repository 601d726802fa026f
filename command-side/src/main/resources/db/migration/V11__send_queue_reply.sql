-- A queued message may reply to one of its chat's messages, and an email has a subject.
ALTER TABLE send_queue
    ADD COLUMN reply_to text,
    ADD COLUMN subject  text;
