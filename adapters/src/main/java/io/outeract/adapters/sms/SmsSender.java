package io.outeract.adapters.sms;

import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.outbound.SendError;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.FormBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an SMS, or an MMS when the message names a media URL, with the Messages API, and logs
 * what came of it, never the text or the numbers' owner. SMS has no replies: a message
 * replying to another is sent as a plain text to the same number.
 */
final class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private final TwilioRestApi api;

    SmsSender(TwilioRestApi api) {
        this.api = api;
    }

    SendResult send(OutgoingMessage message, Credentials credentials, String accountSid,
            String authToken) {
        if (message.externalChatId() == null || message.externalChatId().isBlank()) {
            return invalid("An SMS needs the number to send it to");
        }
        Optional<FormBody> form = formOf(message, credentials);
        if (form.isEmpty()) {
            return invalid("An SMS needs a text or a media URL, and the connection its own "
                    + "number or Messaging Service");
        }

        SendResult result = withSegments(call(accountSid, authToken, form.get()), message);

        logOutcome(result);
        return result;
    }

    /** The sent event notes how many parts the text took: GSM-7 and UCS-2 differ, and bill so. */
    private static SendResult withSegments(SendResult result, OutgoingMessage message) {
        if (result instanceof SendResult.Sent sent && message.text() != null) {
            return new SendResult.Sent(sent.platformMessageId(), SmsSegments.count(message.text()));
        }
        return result;
    }

    private SendResult call(String accountSid, String authToken, FormBody form) {
        try {
            return SmsSendOutcomes.of(api.createMessage(accountSid, authToken, form));
        } catch (TwilioTransportException failure) {
            return SmsSendOutcomes.of(failure);
        }
    }

    private static Optional<FormBody> formOf(OutgoingMessage message, Credentials credentials) {
        Optional<String> service =
                SmsCredentials.find(credentials, SmsCredentials.MESSAGING_SERVICE_SID);
        Optional<String> from = SmsCredentials.find(credentials, SmsCredentials.PHONE_NUMBER);
        String mediaUrl = message.hasMedia() ? message.media().url() : null;
        boolean hasText = message.text() != null && !message.text().isEmpty();
        if (service.isEmpty() && from.isEmpty() || !hasText && mediaUrl == null) {
            return Optional.empty();
        }

        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8)
                .add("To", message.externalChatId());
        if (service.isPresent()) {
            form.add("MessagingServiceSid", service.get());
        } else {
            form.add("From", from.get());
        }
        if (hasText) {
            form.add("Body", message.text());
        }
        if (mediaUrl != null) {
            form.add("MediaUrl", mediaUrl);
        }
        SmsCredentials.find(credentials, SmsCredentials.STATUS_CALLBACK_URL)
                .ifPresent(url -> form.add("StatusCallback", url));
        return Optional.of(form.build());
    }

    private static SendResult invalid(String description) {
        return new SendResult.Failed(
                new SendError(SendErrorCodes.INVALID_REQUEST, null, description));
    }

    private static void logOutcome(SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            log.info("Twilio accepted message {}", sent.platformMessageId());
        } else if (result instanceof SendResult.RetryLater retry) {
            log.warn("Twilio send to be retried later: {} ({})",
                    retry.error().code(), retry.error().platformCode());
        } else if (result instanceof SendResult.Failed failed) {
            log.warn("Twilio send failed: {} ({})",
                    failed.error().code(), failed.error().platformCode());
        }
    }
}
