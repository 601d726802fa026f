package io.outeract.ingress;

import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;
import io.outeract.adapters.WebhookSecretNames;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.inbound.InboundRecord;
import io.outeract.contract.inbound.RecordMessageReceivedCommand;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook of every connection that has a URL of its own. The checks run cheapest first and
 * all before parsing: the connection, the path secret, the size, the platform's signature.
 */
@RestController
class DedicatedWebhookController {

    private static final Logger log = LoggerFactory.getLogger(DedicatedWebhookController.class);

    private final WebhookEndpoints endpoints;
    private final PlatformAdapters adapters;
    private final InboundBatcher batcher;
    private final InlineFileStore inlineFiles;
    private final Clock clock;
    private final WebhookBodies bodies;

    DedicatedWebhookController(WebhookEndpoints endpoints, PlatformAdapters adapters,
            InboundBatcher batcher, InlineFileStore inlineFiles, Clock clock,
            WebhookBodies bodies) {
        this.endpoints = endpoints;
        this.adapters = adapters;
        this.batcher = batcher;
        this.inlineFiles = inlineFiles;
        this.clock = clock;
        this.bodies = bodies;
    }

    @PostMapping("/webhooks/{connectionId}/{secret}")
    CompletableFuture<ResponseEntity<Object>> receive(@PathVariable String connectionId,
            @PathVariable String secret, HttpServletRequest http) throws IOException {
        WebhookEndpoint endpoint = liveEndpoint(connectionId);
        requirePathSecret(endpoint, secret);
        PlatformAdapter adapter = adapters.of(endpoint.platform());

        List<InboundRecord> records;
        Optional<WebhookReply> answer;
        try (WebhookBodies.Permit permit = bodies.permitFor(endpoint.platform())) {
            WebhookRequest request = new WebhookRequest(WebhookResponses.headersOf(http),
                    bodies.read(endpoint.platform(), http), http.getRequestURL().toString());
            if (!adapter.hasValidSignature(request, endpoint.secrets())) {
                throw new WebhookRefusal(HttpStatus.UNAUTHORIZED,
                        "The webhook's signature or secret token could not be verified for "
                                + "this connection: a wrong secret, a stale timestamp, or a body "
                                + "its platform does not send");
            }
            if (!WebhookBodies.isMultipart(http)) {
                BoundedBody.requireUtf8(request.body());
            }
            Optional<WebhookReply> handshake = adapter.verifyWebhook(request, endpoint.secrets());
            if (handshake.isPresent()) {
                return CompletableFuture.completedFuture(replyTo(handshake.get()));
            }

            ParsedWebhook parsed = parse(adapter, request, endpoint);
            Instant receivedAt = clock.instant();
            records = parsed.items().stream()
                    .map(item -> InboundRecords.of(item, endpoint, receivedAt)).toList();
            keepInlineFiles(parsed, records);
            answer = adapter.acknowledgement(request);
        }
        return batcher.record(records)
                .thenApply(recorded -> answer.map(DedicatedWebhookController::replyTo)
                        .orElseGet(() -> WebhookResponses.acknowledgement(recorded, 0)))
                .exceptionally(WebhookResponses::refusal);
    }

    @ExceptionHandler(WebhookRefusal.class)
    ResponseEntity<Object> refused(WebhookRefusal refusal) {
        return WebhookResponses.refusalResponse(refusal);
    }

    private WebhookEndpoint liveEndpoint(String connectionId) {
        UUID id;
        try {
            id = UUID.fromString(connectionId);
        } catch (IllegalArgumentException e) {
            throw unknownConnection();
        }
        return endpoints.find(id).orElseThrow(DedicatedWebhookController::unknownConnection);
    }

    private static void requirePathSecret(WebhookEndpoint endpoint, String given) {
        String expected = endpoint.secrets().values().get(WebhookSecretNames.PATH_SECRET);
        boolean matches = expected != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            throw new WebhookRefusal(HttpStatus.UNAUTHORIZED,
                    "The webhook URL's secret does not match this connection");
        }
    }

    private ParsedWebhook parse(
            PlatformAdapter adapter, WebhookRequest request, WebhookEndpoint endpoint) {
        try {
            return adapter.parseWebhook(request,
                    new ConnectionContext(endpoint.connectionId(), endpoint.externalAccountId()));
        } catch (MalformedWebhookException e) {
            throw new WebhookRefusal(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * Stores each file that came inside the delivery as the attachment it is. A redelivery
     * writes the same bytes under the same id again, which changes nothing.
     */
    private void keepInlineFiles(ParsedWebhook parsed, List<InboundRecord> records) {
        if (parsed.files().isEmpty()) {
            return;
        }
        Map<String, ParsedWebhook.InlineFile> byReference = new HashMap<>();
        parsed.files().forEach(file -> byReference.put(file.reference(), file));
        try {
            for (InboundRecord record : records) {
                if (record instanceof RecordMessageReceivedCommand received) {
                    keep(received, byReference);
                }
            }
        } catch (IOException e) {
            log.error("Could not keep the files of a webhook of connection {}; the platform "
                    + "will retry it", records.get(0).connectionId(), e);
            throw new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE,
                    "The webhook's files could not be stored; retry later");
        }
    }

    private void keep(RecordMessageReceivedCommand received,
            Map<String, ParsedWebhook.InlineFile> files) throws IOException {
        List<Attachment> attachments = received.message().attachments();
        for (int index = 0; index < attachments.size(); index++) {
            ParsedWebhook.InlineFile file = files.get(attachments.get(index).platformFileId());
            if (file != null) {
                inlineFiles.keep(DerivedIds.storedFile(received.eventId(), index), file.bytes());
            }
        }
    }

    private static ResponseEntity<Object> replyTo(WebhookReply reply) {
        if (reply.contentType() == null) {
            return ResponseEntity.status(reply.status()).build();
        }
        return ResponseEntity.status(reply.status())
                .contentType(MediaType.parseMediaType(reply.contentType()))
                .body(reply.body());
    }

    private static WebhookRefusal unknownConnection() {
        return new WebhookRefusal(HttpStatus.NOT_FOUND, "No live connection has this webhook URL");
    }
}
