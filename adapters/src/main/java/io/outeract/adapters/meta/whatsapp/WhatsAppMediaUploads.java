package io.outeract.adapters.meta.whatsapp;

import static io.outeract.adapters.SendErrorCodes.PLATFORM_UNAVAILABLE;

import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.SendResult;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.outbound.SendError;
import okhttp3.MultipartBody;

/**
 * Uploads a stored file with {@code POST /{phone-number-id}/media}, for a message to name by
 * the media id WhatsApp gives back. An upload sends nothing to anyone: whatever becomes of it,
 * trying again later cannot show the recipient anything twice.
 */
final class WhatsAppMediaUploads {

    private final GraphApi graph;

    WhatsAppMediaUploads(GraphApi graph) {
        this.graph = graph;
    }

    /** The media id, or why there is none. */
    record Uploaded(String mediaId, SendResult refusal) {
    }

    Uploaded upload(String phoneNumberId, String token, MediaUpload upload) {
        MultipartBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("messaging_product", "whatsapp")
                .addFormDataPart("type", upload.mimeType())
                .addFormDataPart("file", upload.fileName(), new UploadBody(upload))
                .build();

        GraphAnswer answer;
        try {
            answer = graph.post(phoneNumberId + "/media", token, body);
        } catch (GraphTransportException failure) {
            return new Uploaded(null, WhatsAppSendOutcomes.unreachable(failure));
        }

        String mediaId = answer.ok() ? WhatsAppJson.text(answer.body().get("id")) : null;
        if (mediaId != null) {
            return new Uploaded(mediaId, null);
        }
        if (answer.error() == null && answer.httpStatus() / 100 == 2) {
            return new Uploaded(null, new SendResult.RetryLater(new SendError(
                    PLATFORM_UNAVAILABLE, String.valueOf(answer.httpStatus()),
                    "WhatsApp took the upload but named no media id"), null));
        }
        return new Uploaded(null, WhatsAppSendOutcomes.refusal(answer));
    }
}
