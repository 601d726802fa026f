package io.outeract.faults.support;

import java.nio.charset.StandardCharsets;

/** Telegram updates as Telegram posts them to a webhook. */
public final class TelegramUpdates {

    private TelegramUpdates() {
    }

    /**
     * A private text message from user {@code fromId}, in their chat with the bot; the text goes
     * into the JSON as it is, so it must be JSON already (escaped where it needs to be).
     */
    public static byte[] text(long updateId, long fromId, String text) {
        return textJson(updateId, fromId, text).getBytes(StandardCharsets.UTF_8);
    }

    public static String textJson(long updateId, long fromId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"from\":{\"id\":" + fromId + ",\"is_bot\":false,\"first_name\":\"Ada\","
                + "\"username\":\"ada_" + fromId + "\"},\"chat\":{\"id\":" + fromId
                + ",\"first_name\":\"Ada\",\"type\":\"private\"},\"date\":1767225600,"
                + "\"text\":\"" + text + "\"}}";
    }
}
