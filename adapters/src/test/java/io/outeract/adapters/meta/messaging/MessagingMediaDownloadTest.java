package io.outeract.adapters.meta.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.contract.common.Attachment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attachment is fetched from the signed CDN URL its webhook gave, with no token: a refused
 * URL is expired for good, a failing CDN is tried again later.
 */
class MessagingMediaDownloadTest {

    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x20};
    private static final String CDN_PATH = "/v/t1.15752-9/482019337_n.jpg?oh=03_zc&oe=69F1A2B3";

    private final FakeMeta meta = new FakeMeta();
    private final MessengerAdapter messenger = meta.messenger();
    private final ByteArrayOutputStream into = new ByteArrayOutputStream();

    @AfterEach
    void stopMeta() throws IOException {
        meta.close();
    }

    @Test
    void canDownloadAnAttachmentThatHasAUrl() {
        assertThat(messenger.canDownload(image(meta.url(CDN_PATH)))).isTrue();
        assertThat(meta.instagram().canDownload(image(meta.url(CDN_PATH)))).isTrue();
    }

    @Test
    void cannotDownloadAnAttachmentWithoutUrl() {
        assertThat(messenger.canDownload(image(null))).isFalse();
        assertThat(messenger.canDownload(image("ftp://cdn.example/a.jpg"))).isFalse();
    }

    @Test
    void fetchesTheSignedUrlAsGivenAndWithoutAToken() throws MediaDownloadException {
        meta.answers(new MockResponse().setHeader("Content-Type", "image/jpeg")
                .setBody(new Buffer().write(PHOTO)));

        MediaDownload download = messenger.downloadMedia(image(meta.url(CDN_PATH)),
                FakeMeta.pageCredentials(), into);

        assertThat(download).isEqualTo(new MediaDownload("image/jpeg", PHOTO.length));
        assertThat(into.toByteArray()).isEqualTo(PHOTO);
        RecordedRequest request = meta.request();
        assertThat(request.getPath()).isEqualTo(CDN_PATH);
        assertThat(request.getHeader("Authorization")).isNull();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {403, 404, 410})
    void neverRetriesAUrlTheCdnRefuses(int status) {
        meta.answers(new MockResponse().setResponseCode(status));

        assertThatThrownBy(() -> messenger.downloadMedia(image(meta.url(CDN_PATH)),
                FakeMeta.pageCredentials(), into))
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("expired or refused (HTTP " + status + ")");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {429, 500, 503})
    void retriesWhenTheCdnFails(int status) {
        meta.answers(new MockResponse().setResponseCode(status));

        assertThatThrownBy(() -> messenger.downloadMedia(image(meta.url(CDN_PATH)),
                FakeMeta.pageCredentials(), into))
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void retriesWhenTheCdnCannotBeReached() {
        String nowhere = FakeMeta.unreachableUrl(CDN_PATH);

        assertThatThrownBy(() -> messenger.downloadMedia(image(nowhere),
                FakeMeta.pageCredentials(), into))
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void neverRetriesMediaLargerThanTheBound() {
        meta.answers(new MockResponse().setBody(new Buffer().write(new byte[64])));
        MessagingMediaDownloader small =
                new MessagingMediaDownloader(meta.api(), MessagingPlatform.INSTAGRAM, 16);

        assertThatThrownBy(() -> small.download(image(meta.url(CDN_PATH)), into))
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("larger than 16 bytes");
        assertThat(into.size()).isLessThanOrEqualTo(16);
    }

    @Test
    void refusesAnAttachmentWithoutUrlAsNeverDownloadable() {
        assertThatThrownBy(() -> messenger.downloadMedia(image(null),
                FakeMeta.pageCredentials(), into))
                .isInstanceOfSatisfying(MediaDownloadException.class,
                        failure -> assertThat(failure.retryable()).isFalse());
        assertThat(meta.requestCount()).isZero();
    }

    private static Attachment image(String url) {
        return new Attachment("image", null, null, null, null, url, null);
    }
}
