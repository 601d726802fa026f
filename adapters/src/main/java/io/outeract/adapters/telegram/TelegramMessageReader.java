package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.inbound.ReceivedMessage;

/**
 * A Telegram Message as Outeract's received message. A message id is unique only inside its
 * chat, so Outeract names a message {@code <chat id>:<message id>}.
 */
final class TelegramMessageReader {

    private TelegramMessageReader() {
    }

    static ReceivedMessage read(JsonNode message, String botId) {
        String chatId = JsonValues.id(JsonValues.field(message.get("chat"), "id"));
        String messageId = JsonValues.id(message.get("message_id"));
        if (chatId == null || messageId == null) {
            throw new MalformedWebhookException("A Telegram message needs chat.id and message_id");
        }

        return new ReceivedMessage(
                chatId + ":" + messageId,
                chatId,
                JsonValues.text(message.path("chat").get("type")),
                TelegramAccounts.senderOf(message),
                TelegramAccounts.bot(botId),
                textOf(message),
                TelegramAttachments.of(message),
                replyTo(message, chatId),
                JsonValues.id(message.get("message_thread_id")));
    }

    // Media carry their words as a caption; a message never has both.
    private static String textOf(JsonNode message) {
        String text = JsonValues.text(message.get("text"));
        return text != null ? text : JsonValues.text(message.get("caption"));
    }

    // reply_to_message is always in the same chat; replies across chats are external_reply.
    private static String replyTo(JsonNode message, String chatId) {
        String repliedTo = JsonValues.id(JsonValues.field(message.get("reply_to_message"),
                "message_id"));
        return repliedTo == null ? null : chatId + ":" + repliedTo;
    }
}
