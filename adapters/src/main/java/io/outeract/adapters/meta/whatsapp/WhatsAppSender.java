package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.adapters.SendErrorCodes;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.outbound.SendError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message from a business number, uploading its stored file first when it has one,
 * and logs what came of it, never the message itself.
 */
final class WhatsAppSender {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppSender.class);

    private final GraphApi graph;
    private final WhatsAppRequests requests;
    private final WhatsAppMediaUploads uploads;

    WhatsAppSender(GraphApi graph) {
        this.graph = graph;
        this.requests = new WhatsAppRequests(graph.objectMapper());
        this.uploads = new WhatsAppMediaUploads(graph);
    }

    SendResult send(OutgoingMessage message, String phoneNumberId, String token) {
        ObjectNode body;
        try {
            body = requests.build(message);
        } catch (UnsendableMessageException unsendable) {
            return logged(phoneNumberId, new SendResult.Failed(new SendError(
                    SendErrorCodes.INVALID_REQUEST, null, unsendable.getMessage())));
        }
        if (WhatsAppRequests.sendsUploadedMedia(message)) {
            WhatsAppMediaUploads.Uploaded uploaded =
                    uploads.upload(phoneNumberId, token, message.upload());
            if (uploaded.mediaId() == null) {
                return logged(phoneNumberId, uploaded.refusal());
            }
            WhatsAppRequests.useUploadedMedia(body, uploaded.mediaId());
        }

        SendResult result;
        try {
            result = WhatsAppSendOutcomes.of(graph.post(phoneNumberId + "/messages", token, body));
        } catch (GraphTransportException failure) {
            result = WhatsAppSendOutcomes.of(failure);
        }
        return logged(phoneNumberId, result);
    }

    private static SendResult logged(String phoneNumberId, SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            log.info("WhatsApp accepted message {} from number {}", sent.platformMessageId(),
                    phoneNumberId);
        } else if (result instanceof SendResult.RetryLater retry) {
            log.warn("WhatsApp send from number {} to be retried later: {} ({})", phoneNumberId,
                    retry.error().code(), retry.error().description());
        } else if (result instanceof SendResult.Failed failed) {
            log.warn("WhatsApp send from number {} failed: {} ({})", phoneNumberId,
                    failed.error().code(), failed.error().description());
        }
        return result;
    }
}
