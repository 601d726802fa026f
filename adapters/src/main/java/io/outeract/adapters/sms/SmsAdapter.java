package io.outeract.adapters.sms;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.SendError;
import java.util.List;
import java.util.Optional;

/**
 * SMS and MMS through Twilio. A connection's external account id is its phone number in
 * E.164 ({@code +15555550123}), the {@code To} of what people send it and the {@code From} of
 * its status callbacks; its credentials are named in {@link SmsCredentials}. A received
 * message's chat is the other person's number.
 */
public final class SmsAdapter implements PlatformAdapter {

    /** Empty TwiML: the answer to a webhook that asks Twilio to send no reply of its own. */
    public static final WebhookReply EMPTY_TWIML = new WebhookReply(200, "text/xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");

    private final TwilioSignature signature;
    private final TwilioWebhookParser webhooks = new TwilioWebhookParser();
    private final SmsSender sender;
    private final SmsHealthCheck healthCheck;

    /** For a server Twilio reaches directly, at the URL the server sees. */
    public SmsAdapter(TwilioRestApi api) {
        this(api, TwilioSignedUrl.asReceived());
    }

    /**
     * {@code signedUrl} tells the URL Twilio called, which it signs; behind a proxy, use
     * {@link TwilioSignedUrl#publicBase(String)} with the public base URL Twilio was given.
     */
    public SmsAdapter(TwilioRestApi api, TwilioSignedUrl signedUrl) {
        this.signature = new TwilioSignature(signedUrl);
        this.sender = new SmsSender(api);
        this.healthCheck = new SmsHealthCheck(api);
    }

    @Override
    public Platform platform() {
        return Platform.SMS;
    }

    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        return signature.isValid(request, secrets);
    }

    /** Twilio has no subscription handshake: it posts once the number is configured. */
    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        return Optional.empty();
    }

    /** Twilio reads the answer as TwiML: an empty one asks it to send no reply of its own. */
    @Override
    public Optional<WebhookReply> acknowledgement(WebhookRequest request) {
        return Optional.of(EMPTY_TWIML);
    }

    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            // Twilio posts forms only: anything else is not Twilio's, whatever it parses as.
            throw new MalformedWebhookException("Twilio webhooks are "
                    + "application/x-www-form-urlencoded, not " + type);
        }
        return new ParsedWebhook(List.of(webhooks.parse(request.body())));
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        if (message.hasTemplate() || message.hasMedia() && message.media().url() == null) {
            return new SendResult.Failed(new SendError(SendErrorCodes.INVALID_REQUEST, null,
                    "Outeract sends Twilio texts and media by URL, not templates or stored "
                            + "files"));
        }
        Optional<String> accountSid = SmsCredentials.find(credentials, SmsCredentials.ACCOUNT_SID);
        Optional<String> authToken = SmsCredentials.find(credentials, SmsCredentials.AUTH_TOKEN);
        if (accountSid.isEmpty() || authToken.isEmpty()) {
            return new SendResult.Failed(new SendError(SendErrorCodes.UNAUTHORIZED, null,
                    "The connection has no Twilio account SID and token"));
        }
        return sender.send(message, credentials, accountSid.get(), authToken.get());
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
    }
}
