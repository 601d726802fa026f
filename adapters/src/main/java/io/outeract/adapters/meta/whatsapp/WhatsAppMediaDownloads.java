package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.adapters.meta.GraphAnswer;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Downloads a media item in WhatsApp's two steps: {@code GET /{media-id}} names a URL that lives
 * about five minutes, then that URL gives the bytes, with the same token both times. The URL is
 * asked for afresh on each download and never kept. The bytes must match the SHA-256 the API
 * gave (hex) and the one the webhook gave (base64), when they gave one.
 */
final class WhatsAppMediaDownloads {

    private final GraphApi graph;
    private final long maxBytes;

    WhatsAppMediaDownloads(GraphApi graph, long maxBytes) {
        this.graph = graph;
        this.maxBytes = maxBytes;
    }

    /** When this throws, whatever was written into {@code into} is to be thrown away. */
    MediaDownload download(Attachment attachment, Credentials credentials, OutputStream into)
            throws MediaDownloadException {
        String token = WhatsAppCredentials.find(credentials, WhatsAppCredentials.ACCESS_TOKEN)
                .orElseThrow(() -> new MediaDownloadException(
                        "The connection has no WhatsApp access token", false));
        String mediaId = attachment.platformFileId();
        if (mediaId == null || mediaId.isBlank()) {
            throw new MediaDownloadException("The attachment names no WhatsApp media id", false);
        }
        JsonNode media = lookUp(mediaId, token, credentials);
        String url = WhatsAppJson.text(media.get("url"));
        Long announcedSize = WhatsAppJson.wholeNumber(media.get("file_size"));
        if (url == null || HttpUrl.parse(url) == null) {
            throw new MediaDownloadException("WhatsApp named no URL for media " + mediaId, false);
        }
        if (announcedSize != null && announcedSize > maxBytes) {
            throw tooLarge(mediaId);
        }

        CheckedMediaStream checked = new CheckedMediaStream(into, maxBytes);
        GraphApi.MediaAnswer answer = fetch(mediaId, url, token, checked);

        requireChecksums(mediaId, checked.digest(), WhatsAppJson.text(media.get("sha256")),
                attachment.sha256());
        String mimeType = WhatsAppJson.text(media.get("mime_type"));
        return new MediaDownload(mimeType != null ? mimeType : answer.contentType(),
                answer.sizeBytes());
    }

    private JsonNode lookUp(String mediaId, String token, Credentials credentials)
            throws MediaDownloadException {
        // With the number's id, Meta checks that the media belongs to it.
        Map<String, String> query = WhatsAppCredentials.find(credentials,
                WhatsAppCredentials.PHONE_NUMBER_ID)
                .map(phoneNumberId -> Map.of("phone_number_id", phoneNumberId))
                .orElse(Map.of());
        GraphAnswer answer;
        try {
            answer = graph.get(mediaId, token, query);
        } catch (GraphTransportException failure) {
            throw new MediaDownloadException("WhatsApp could not be reached to look up media "
                    + mediaId + ": " + failure.getMessage(), true, failure);
        }
        if (answer.ok()) {
            return answer.body();
        }
        int status = answer.httpStatus();
        String words = answer.error() != null ? answer.error().describe() : "HTTP " + status;
        if (status == 400 || status == 404) {
            // Webhook media ids live seven days: an old one never comes back.
            throw new MediaDownloadException("WhatsApp no longer knows media " + mediaId
                    + "; its id may have expired: " + words, false);
        }
        throw new MediaDownloadException("WhatsApp did not name media " + mediaId + ": "
                + words, isPassing(status));
    }

    private GraphApi.MediaAnswer fetch(String mediaId, String url, String token,
            CheckedMediaStream into) throws MediaDownloadException {
        GraphApi.MediaAnswer answer;
        try {
            answer = graph.download(url, token, into, Long.MAX_VALUE);
        } catch (GraphTransportException failure) {
            if (into.tooLarge()) {
                throw tooLarge(mediaId);
            }
            throw new MediaDownloadException("The bytes of media " + mediaId
                    + " could not be fetched: " + failure.getMessage(), true, failure);
        }
        if (answer.status() / 100 != 2) {
            throw new MediaDownloadException("WhatsApp answered the download of media "
                    + mediaId + " with HTTP " + answer.status(), isPassing(answer.status()));
        }
        return answer;
    }

    private static void requireChecksums(String mediaId, byte[] digest, String apiHex,
            String webhookBase64) throws MediaDownloadException {
        boolean apiMatches = apiHex == null || matches(digest, apiHex, HexFormat.of()::parseHex);
        boolean webhookMatches = webhookBase64 == null
                || matches(digest, webhookBase64, Base64.getDecoder()::decode);
        if (!apiMatches || !webhookMatches) {
            throw new MediaDownloadException("The bytes of media " + mediaId
                    + " do not match WhatsApp's SHA-256", false);
        }
    }

    private static boolean matches(byte[] digest, String given,
            java.util.function.Function<String, byte[]> decode) {
        try {
            return MessageDigest.isEqual(digest, decode.apply(given));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private MediaDownloadException tooLarge(String mediaId) {
        return new MediaDownloadException("Media " + mediaId + " is larger than the "
                + maxBytes + " bytes Outeract downloads", false);
    }

    private static boolean isPassing(int status) {
        return status == 429 || status >= 500;
    }
}
