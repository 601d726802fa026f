package io.outeract.ingress;

import io.outeract.contract.common.Platform;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How much of a dedicated webhook's body is read, by platform. Most platforms send a few
 * kilobytes; an email with its attachments can be megabytes, so email bodies have a limit of
 * their own and only a few are held in memory at once: a flood of large mails waits, or is
 * told to retry, rather than filling the heap.
 */
@Component
class WebhookBodies {

    private final int maxBodyBytes;
    private final int maxEmailBodyBytes;
    private final Semaphore largeBodies;

    WebhookBodies(@Value("${outeract.ingest.max-body-bytes:262144}") int maxBodyBytes,
            @Value("${outeract.ingest.email-max-body-bytes:26214400}") int maxEmailBodyBytes,
            @Value("${outeract.ingest.large-body-concurrency:4}") int largeBodyConcurrency) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxEmailBodyBytes = maxEmailBodyBytes;
        this.largeBodies = new Semaphore(largeBodyConcurrency);
    }

    /** Holds one of the few places for a large body while it is read and parsed. */
    Permit permitFor(Platform platform) {
        if (platform != Platform.EMAIL) {
            return () -> { };
        }
        try {
            if (!largeBodies.tryAcquire(5, TimeUnit.SECONDS)) {
                throw new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE,
                        "Too many large webhooks are being read; retry later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE, "Retry later");
        }
        return largeBodies::release;
    }

    byte[] read(Platform platform, HttpServletRequest http) throws IOException {
        int limit = platform == Platform.EMAIL ? maxEmailBodyBytes : maxBodyBytes;
        return BoundedBody.read(http.getInputStream(), http.getContentLengthLong(), limit);
    }

    /** A multipart body carries files, which need not be text; its text parts are decoded. */
    static boolean isMultipart(HttpServletRequest http) {
        String type = http.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("multipart/form-data");
    }

    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
