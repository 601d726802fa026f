package io.outeract.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A Slack message as Outeract's received message. Its id is its {@code ts}, unique within its
 * channel, which is its chat; a thread is named by its parent's {@code ts}, and a reply in a
 * thread replies to that parent.
 */
final class SlackMessageReader {

    private SlackMessageReader() {
    }

    static ReceivedMessage read(JsonNode message, String channelId, String channelType,
            String botUserId, String contentKind) {
        String ts = SlackJson.text(message.get("ts"));
        if (channelId == null || !SlackTimestamps.isTs(ts)) {
            throw new MalformedWebhookException("A Slack message needs its channel and ts");
        }
        String threadTs = SlackJson.text(message.get("thread_ts"));
        String replyTo = threadTs != null && !threadTs.equals(ts) ? threadTs : null;

        return new ReceivedMessage(
                ts,
                channelId,
                channelType,
                senderOf(message),
                bot(botUserId),
                SlackText.unescape(SlackJson.text(message.get("text"))),
                attachmentsOf(message),
                replyTo,
                threadTs,
                contentKind,
                null,
                null,
                null);
    }

    /** The bot the connection speaks for; events name it only in their authorizations. */
    static PlatformAccount bot(String botUserId) {
        return new PlatformAccount(botUserId, null, null, true);
    }

    /**
     * A person by their user id; an integration's {@code bot_message}, which has no user, by its
     * bot id and the name it posted under.
     */
    static PlatformAccount senderOf(JsonNode message) {
        String user = SlackJson.text(message.get("user"));
        if (user != null) {
            return new PlatformAccount(user, null, null, message.has("bot_id"));
        }
        String botId = SlackJson.text(message.get("bot_id"));
        if (botId == null) {
            throw new MalformedWebhookException("A Slack message names neither user nor bot_id");
        }
        return new PlatformAccount(botId, SlackJson.text(message.get("username")), null, true);
    }

    private static List<Attachment> attachmentsOf(JsonNode message) {
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode file : message.path("files")) {
            String id = SlackJson.text(file.get("id"));
            if (id == null) {
                continue;
            }
            String mimeType = SlackJson.text(file.get("mimetype"));
            String download = SlackJson.text(file.get("url_private_download"));
            attachments.add(new Attachment(
                    kindOf(mimeType),
                    id,
                    mimeType,
                    SlackJson.text(file.get("name")),
                    SlackJson.wholeNumber(file.get("size")),
                    download != null ? download : SlackJson.text(file.get("url_private")),
                    null));
        }
        return attachments;
    }

    private static String kindOf(String mimeType) {
        if (mimeType == null) {
            return "document";
        }
        if (mimeType.startsWith("image/")) {
            return "image";
        }
        if (mimeType.startsWith("video/")) {
            return "video";
        }
        if (mimeType.startsWith("audio/")) {
            return "audio";
        }
        return "document";
    }
}
