package io.outeract.adapters.email;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.outbound.SendError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email: in through Mailgun routes, out over SMTP. A connection is one mailbox, and its external
 * account id is the mailbox's address, lowercased, which is also the address it sends from
 * ({@link EmailCredentials#FROM_ADDRESS}). Its Mailgun route forwards to the connection's own
 * webhook; its domain's delivery events may be sent there too. Credentials are named in
 * {@link EmailCredentials}.
 */
public final class EmailAdapter implements PlatformAdapter {

    /** Mailgun's retries span about eight hours; its signatures are accepted for nine. */
    public static final Duration DEFAULT_SIGNATURE_MAX_AGE = MailgunSignature.DEFAULT_MAX_AGE;

    /** How many signing tokens are remembered for replay protection, at most. */
    public static final int REMEMBERED_TOKENS = 100_000;

    private static final Logger log = LoggerFactory.getLogger(EmailAdapter.class);
    private static final String JSON = "application/json";

    private final ObjectReader eventReader;
    private final MailgunSignature signature;
    private final MailgunRoutePosts routePosts;
    private final SmtpSender sender;
    private final SmtpHealthCheck healthCheck;

    public EmailAdapter(ObjectMapper objectMapper, Clock clock, SmtpTimeouts timeouts) {
        this(objectMapper, clock, timeouts, DEFAULT_SIGNATURE_MAX_AGE);
    }

    /** @param signatureMaxAge how old a Mailgun signature may be and still be accepted */
    public EmailAdapter(ObjectMapper objectMapper, Clock clock, SmtpTimeouts timeouts,
            Duration signatureMaxAge) {
        if (signatureMaxAge == null || signatureMaxAge.isNegative() || signatureMaxAge.isZero()) {
            throw new IllegalArgumentException("The signature's accepted age must be positive");
        }
        // Exact decimals: Mailgun's event timestamps carry microseconds a double would round.
        this.eventReader = objectMapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.signature = new MailgunSignature(clock, signatureMaxAge,
                new MailgunTokens(REMEMBERED_TOKENS));
        this.routePosts = new MailgunRoutePosts(objectMapper);
        SmtpSessions sessions = new SmtpSessions(timeouts);
        this.sender = new SmtpSender(sessions, new EmailComposer(clock));
        this.healthCheck = new SmtpHealthCheck(sessions);
    }

    @Override
    public Platform platform() {
        return Platform.EMAIL;
    }

    /**
     * Checks Mailgun's signature in the body, and refuses a signing token seen before with
     * another body (see {@link MailgunTokens}). A body that cannot be read is not valid.
     */
    @Override
    public boolean hasValidSignature(WebhookRequest request, Credentials secrets) {
        Optional<String> key =
                EmailCredentials.find(secrets, EmailCredentials.MAILGUN_SIGNING_KEY);
        if (key.isEmpty()) {
            return false;
        }
        try {
            return signature.isValid(signingFields(request), key.get(), request.body());
        } catch (MalformedWebhookException unreadable) {
            log.debug("A post to an email webhook could not be read for its signature: {}",
                    unreadable.getMessage());
            return false;
        }
    }

    /** Mailgun has no handshake: the route's forward URL is the whole of it. */
    @Override
    public Optional<WebhookReply> verifyWebhook(WebhookRequest request, Credentials secrets) {
        return Optional.empty();
    }

    @Override
    public ParsedWebhook parseWebhook(WebhookRequest request, ConnectionContext connection) {
        String mailbox = connection.externalAccountId();
        if (mailbox == null || mailbox.isBlank()) {
            throw new IllegalArgumentException("An email connection needs its mailbox address "
                    + "as its external account id");
        }
        if (isJson(request)) {
            String payload = new String(request.body(), StandardCharsets.UTF_8);
            return new ParsedWebhook(List.of(MailgunEvents.read(json(request), payload)));
        }
        return routePosts.read(MailgunFields.of(request), mailbox.toLowerCase(Locale.ROOT));
    }

    @Override
    public SendResult send(OutgoingMessage message, Credentials credentials) {
        SmtpSettings settings;
        try {
            settings = SmtpSettings.of(credentials);
        } catch (IllegalArgumentException incomplete) {
            return new SendResult.Failed(new SendError(SendErrorCodes.UNAUTHORIZED, null,
                    incomplete.getMessage()));
        }
        return sender.send(message, settings);
    }

    @Override
    public HealthReport checkHealth(Credentials credentials) {
        return healthCheck.check(credentials);
    }

    private MailgunSignature.Fields signingFields(WebhookRequest request) {
        if (isJson(request)) {
            JsonNode block = json(request).path("signature");
            return new MailgunSignature.Fields(text(block.get("timestamp")),
                    text(block.get("token")), text(block.get("signature")));
        }
        MailgunFields post = MailgunFields.of(request);
        return new MailgunSignature.Fields(post.single("timestamp"), post.single("token"),
                post.single("signature"));
    }

    private static boolean isJson(WebhookRequest request) {
        return MailgunFields.contentType(request).match(JSON);
    }

    private JsonNode json(WebhookRequest request) {
        try {
            JsonNode root = eventReader.readTree(request.body());
            if (root == null || !root.isObject()) {
                throw new MalformedWebhookException("A Mailgun event is a JSON object");
            }
            return root;
        } catch (IOException unreadable) {
            throw new MalformedWebhookException("The Mailgun event is not JSON", unreadable);
        }
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }
}
