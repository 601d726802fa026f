package io.outeract.adapters.meta.messaging;

import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.GraphApi.MediaAnswer;
import io.outeract.adapters.meta.GraphTransportException;
import io.outeract.contract.common.Attachment;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Fetches an attachment from the signed CDN URL its webhook gave, with a plain GET and no
 * token (messenger.md §4). There is no media id to resolve again, and the URL stops working
 * after a while: a refused URL is expired for good, a failing CDN may recover.
 */
final class MessagingMediaDownloader {

    /** Meta caps what people send at 25 MB (instagram.md §3); this leaves room and a bound. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private final GraphApi api;
    private final MessagingPlatform platform;
    private final long maxBytes;

    MessagingMediaDownloader(GraphApi api, MessagingPlatform platform) {
        this(api, platform, MAX_BYTES);
    }

    MessagingMediaDownloader(GraphApi api, MessagingPlatform platform, long maxBytes) {
        this.api = api;
        this.platform = platform;
        this.maxBytes = maxBytes;
    }

    boolean canDownload(Attachment attachment) {
        String url = attachment.url();
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    MediaDownload download(Attachment attachment, OutputStream into)
            throws MediaDownloadException {
        if (!canDownload(attachment)) {
            throw new MediaDownloadException(
                    "The " + platform.displayName() + " attachment has no URL to fetch", false);
        }
        MediaAnswer answer = fetch(attachment.url(), into);
        int status = answer.status();
        if (status / 100 == 2) {
            return new MediaDownload(mimeTypeOf(answer.contentType()), answer.sizeBytes());
        }
        boolean retryable = status == 429 || status >= 500;
        throw new MediaDownloadException(retryable
                ? "The " + platform.displayName() + " CDN answered HTTP " + status
                : "The " + platform.displayName() + " media URL is expired or refused (HTTP "
                        + status + ")", retryable);
    }

    private MediaAnswer fetch(String url, OutputStream into) throws MediaDownloadException {
        try {
            // The bound is the stream's alone, so that too large can be told from a lost line.
            return api.downloadSigned(url, new Bounded(into, maxBytes), Long.MAX_VALUE);
        } catch (GraphTransportException failure) {
            if (failure.getCause() instanceof TooLarge) {
                throw new MediaDownloadException("The " + platform.displayName()
                        + " media is larger than " + maxBytes + " bytes", false, failure);
            }
            throw new MediaDownloadException("The " + platform.displayName()
                    + " CDN could not be reached: " + failure.getMessage(), true, failure);
        }
    }

    private static String mimeTypeOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
    }

    /** Refuses the bytes past a bound. */
    private static final class Bounded extends FilterOutputStream {

        private final long maxBytes;
        private long written;

        Bounded(OutputStream into, long maxBytes) {
            super(into);
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written += length;
            if (written > maxBytes) {
                throw new TooLarge();
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void write(int oneByte) throws IOException {
            write(new byte[] {(byte) oneByte}, 0, 1);
        }
    }

    private static final class TooLarge extends IOException {

        TooLarge() {
            super("the media is larger than allowed");
        }
    }
}
