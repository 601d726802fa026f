-- The account a connection's account belongs to, where the platform has one: a WhatsApp
-- number's business account (WABA). Some of Meta's webhooks name only the business account
-- (account updates, template statuses); they go to the connections of that account.
ALTER TABLE connection_credential ADD COLUMN group_account_id text;

CREATE INDEX connection_credential_live_group
    ON connection_credential (platform, group_account_id)
    WHERE disconnected_at IS NULL AND group_account_id IS NOT NULL;
