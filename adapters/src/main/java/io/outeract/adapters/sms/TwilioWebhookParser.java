package io.outeract.adapters.sms;

import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.DeliveryState;
import io.outeract.contract.inbound.DeliveryStatus;
import io.outeract.contract.inbound.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Twilio webhook: an inbound SMS or MMS, or a status callback on one of our messages (it
 * has {@code MessageStatus}). Inbound messages are keyed by their MessageSid; status callbacks,
 * several per message, by MessageSid and status. Twilio sends no time: the receive time stands.
 */
final class TwilioWebhookParser {

    /** Twilio allows ten media a message. */
    private static final int MOST_MEDIA = 10;
    private static final Pattern SID = Pattern.compile("[A-Z]{2}[0-9a-f]{32}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,2}");

    private static final Set<String> INBOUND_STATUSES = Set.of("received", "receiving");

    private static final Map<String, DeliveryState> STATES = Map.ofEntries(
            Map.entry("accepted", DeliveryState.QUEUED),
            Map.entry("scheduled", DeliveryState.QUEUED),
            Map.entry("queued", DeliveryState.QUEUED),
            Map.entry("sending", DeliveryState.QUEUED),
            Map.entry("sent", DeliveryState.SENT),
            Map.entry("delivered", DeliveryState.DELIVERED),
            Map.entry("read", DeliveryState.READ),
            Map.entry("undelivered", DeliveryState.FAILED),
            Map.entry("failed", DeliveryState.FAILED),
            Map.entry("canceled", DeliveryState.FAILED));

    InboundItem parse(byte[] body) {
        FormParameters form = FormParameters.decode(body);
        String sid = require(form, "MessageSid");
        if (!SID.matcher(sid).matches()) {
            throw new MalformedWebhookException("'" + sid + "' is not a Twilio message SID");
        }
        String status = form.first("MessageStatus");
        // Some inbound webhooks name their own status too: received is a message, not a status.
        if (status != null && !INBOUND_STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
            return statusOf(form, sid, status.toLowerCase(Locale.ROOT), body);
        }
        return InboundItem.received("sms:" + sid, messageOf(form, sid), null);
    }

    private static ReceivedMessage messageOf(FormParameters form, String sid) {
        String from = require(form, "From");
        String body = form.first("Body");
        return new ReceivedMessage(
                sid,
                from,
                "direct",
                new PlatformAccount(from, null, null, false),
                new PlatformAccount(require(form, "To"), null, null, true),
                body == null ? "" : body,
                mediaOf(form),
                null,
                null,
                SmsKeywords.kindOf(body, form.first("OptOutType")),
                null,
                null,
                null);
    }

    private static List<Attachment> mediaOf(FormParameters form) {
        String numMedia = form.first("NumMedia");
        int count = numMedia == null ? 0 : parseCount(numMedia);
        List<Attachment> media = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String url = require(form, "MediaUrl" + i);
            String mimeType = form.first("MediaContentType" + i);
            media.add(new Attachment(kindOf(mimeType), lastSegment(url), mimeType, null, null,
                    url, null));
        }
        return media;
    }

    private static InboundItem statusOf(FormParameters form, String sid, String status,
            byte[] body) {
        DeliveryState state = STATES.get(status);
        String dedupeKey = "sms:" + sid + ":" + status;
        if (state == null) {
            // A status Twilio adds later (or receiving/received, which are no outbound ones).
            return InboundItem.raw(dedupeKey, "message_status", null,
                    new String(body, StandardCharsets.US_ASCII), null);
        }
        String to = form.first("To");
        DeliveryStatus delivery = new DeliveryStatus(sid, state, status,
                to == null ? null : new PlatformAccount(to, null, null, false),
                form.first("ErrorCode"), form.first("ErrorMessage"));
        return InboundItem.status(dedupeKey, delivery, null);
    }

    private static int parseCount(String numMedia) {
        if (!COUNT.matcher(numMedia).matches() || Integer.parseInt(numMedia) > MOST_MEDIA) {
            throw new MalformedWebhookException("NumMedia '" + numMedia + "' is no count of "
                    + "media Twilio sends");
        }
        return Integer.parseInt(numMedia);
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

    // A media URL ends with the media's own SID: .../Messages/MM.../Media/ME...
    private static String lastSegment(String url) {
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String require(FormParameters form, String name) {
        String value = form.first(name);
        if (value == null || value.isBlank()) {
            throw new MalformedWebhookException("A Twilio webhook needs " + name);
        }
        return value;
    }
}
