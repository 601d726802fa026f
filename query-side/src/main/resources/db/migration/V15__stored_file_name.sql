-- The name the sender gave a stored file, for the download to offer it again.
ALTER TABLE stored_file ADD COLUMN file_name text;
