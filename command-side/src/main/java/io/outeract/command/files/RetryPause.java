package io.outeract.command.files;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a failed download waits before its next try: the base, doubled per attempt. */
@Component
class RetryPause {

    private final Duration base;

    RetryPause(@Value("${outeract.files.download-retry-pause:2s}") Duration base) {
        this.base = base;
    }

    void after(int attempt) {
        try {
            Thread.sleep(base.toMillis() << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a download", e);
        }
    }
}
