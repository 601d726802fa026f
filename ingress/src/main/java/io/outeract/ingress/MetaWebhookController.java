package io.outeract.ingress;

import io.outeract.adapters.AccountItems;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.meta.MetaHandshake;
import io.outeract.adapters.meta.MetaSignature;
import io.outeract.adapters.meta.MetaWebhook;
import io.outeract.contract.inbound.InboundRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one webhook of every WhatsApp, Messenger and Instagram connection. Meta signs each body
 * with the Meta app's secret, so the signature is checked before the body is read; then every
 * entry goes to the connection that claims its account, in that connection's application. What
 * no connection claims is kept as an unroutable delivery and acknowledged all the same: Meta
 * would otherwise retry it for a week, and it would never be routed to a guess.
 */
@RestController
class MetaWebhookController {

    private static final Logger log = LoggerFactory.getLogger(MetaWebhookController.class);

    private final MetaWebhook webhook;
    private final WebhookEndpoints endpoints;
    private final UnroutableDeliveries unroutable;
    private final InboundBatcher batcher;
    private final Clock clock;
    private final List<String> appSecrets;
    private final String verifyToken;
    private final int maxBodyBytes;

    MetaWebhookController(MetaWebhook webhook, WebhookEndpoints endpoints,
            UnroutableDeliveries unroutable, InboundBatcher batcher, Clock clock,
            @Value("${outeract.meta.app-secrets:}") List<String> appSecrets,
            @Value("${outeract.meta.verify-token:}") String verifyToken,
            @Value("${outeract.ingest.meta-max-body-bytes:3145728}") int maxBodyBytes) {
        this.webhook = webhook;
        this.endpoints = endpoints;
        this.unroutable = unroutable;
        this.batcher = batcher;
        this.clock = clock;
        this.appSecrets = appSecrets.stream().filter(secret -> !secret.isBlank()).toList();
        this.verifyToken = verifyToken;
        this.maxBodyBytes = maxBodyBytes;
    }

    @GetMapping("/webhooks/meta")
    ResponseEntity<String> handshake(@RequestParam Map<String, String> query) {
        WebhookReply reply = MetaHandshake.answer(query, verifyToken);
        if (reply.status() != 200) {
            log.warn("Refused a Meta webhook handshake: {}", reply.body());
        }
        return ResponseEntity.status(reply.status()).contentType(MediaType.TEXT_PLAIN)
                .body(reply.body());
    }

    @PostMapping("/webhooks/meta")
    CompletableFuture<ResponseEntity<Object>> receive(HttpServletRequest http)
            throws IOException {
        byte[] body = BoundedBody.read(http.getInputStream(), http.getContentLengthLong(),
                maxBodyBytes);
        requireSignature(body, http.getHeader(MetaSignature.HEADER));
        BoundedBody.requireUtf8(body);
        List<AccountItems> accounts = read(body);

        Instant receivedAt = clock.instant();
        List<InboundRecord> records = new ArrayList<>();
        List<UnroutableDelivery> unclaimed = new ArrayList<>();
        for (AccountItems account : accounts) {
            route(account, receivedAt, records, unclaimed);
        }

        keep(unclaimed);
        int unroutableCount = unclaimed.size();
        return batcher.record(records)
                .thenApply(recorded -> WebhookResponses.acknowledgement(recorded, unroutableCount))
                .exceptionally(WebhookResponses::refusal);
    }

    @ExceptionHandler(WebhookRefusal.class)
    ResponseEntity<Object> refused(WebhookRefusal refusal) {
        return WebhookResponses.refusalResponse(refusal);
    }

    private void requireSignature(byte[] body, String signature) {
        if (appSecrets.isEmpty()) {
            throw new WebhookRefusal(HttpStatus.NOT_FOUND,
                    "This server takes no Meta webhooks: outeract.meta.app-secrets is not set");
        }
        if (!MetaSignature.isValid(body, signature, appSecrets)) {
            throw new WebhookRefusal(HttpStatus.UNAUTHORIZED,
                    "The webhook's X-Hub-Signature-256 does not sign its body with the app secret");
        }
    }

    private List<AccountItems> read(byte[] body) {
        try {
            return webhook.read(body);
        } catch (MalformedWebhookException e) {
            throw new WebhookRefusal(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private void route(AccountItems account, Instant receivedAt, List<InboundRecord> records,
            List<UnroutableDelivery> unclaimed) {
        if (account.platform() == null) {
            unclaimed.add(new UnroutableDelivery(null, account.externalAccountId(),
                    "Outeract does not read this kind of Meta webhook",
                    NulFreeText.of(account.rawPayload()),
                    receivedAt));
            return;
        }
        Optional<WebhookEndpoint> endpoint =
                endpoints.findByAccount(account.platform(), account.externalAccountId())
                        .or(() -> endpoints.findByGroupAccount(account.platform(),
                                account.externalAccountId()));
        if (endpoint.isEmpty()) {
            unclaimed.add(new UnroutableDelivery(account.platform(), account.externalAccountId(),
                    "No live connection claims this account",
                    NulFreeText.of(account.rawPayload()), receivedAt));
            return;
        }
        for (InboundItem item : account.items()) {
            records.add(InboundRecords.of(item, endpoint.get(), receivedAt));
        }
    }

    private void keep(List<UnroutableDelivery> unclaimed) {
        if (unclaimed.isEmpty()) {
            return;
        }
        try {
            unroutable.keep(unclaimed);
        } catch (RuntimeException e) {
            log.error("Could not keep {} unroutable Meta deliveries; Meta will retry them",
                    unclaimed.size(), e);
            throw new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE,
                    "The webhook could not be stored; retry later");
        }
        for (UnroutableDelivery delivery : unclaimed) {
            log.warn("Kept a Meta delivery for {} account {} that no connection claims: {}",
                    delivery.platform() == null ? "an unread kind of" : delivery.platform()
                            .wireName(), delivery.externalAccountId(), delivery.reason());
        }
    }
}
