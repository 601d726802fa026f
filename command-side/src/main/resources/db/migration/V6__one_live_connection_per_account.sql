-- A platform account (a Telegram bot, say) is live on one connection at a time: a second
-- setWebhook for the same bot would silently take its updates away from the first.
CREATE UNIQUE INDEX connection_credential_one_live_account
    ON connection_credential (platform, external_account_id)
    WHERE disconnected_at IS NULL;
