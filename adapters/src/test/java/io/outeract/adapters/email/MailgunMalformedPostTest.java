package io.outeract.adapters.email;

import static io.outeract.adapters.email.EmailFixtures.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.ParsedWebhook;
import io.outeract.adapters.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body that is not what Mailgun posts is refused whole, never read in part. */
class MailgunMalformedPostTest {

    private static final String BOUNDARY = "c6a1f0e2b9d84d7f8e3a5b1c2d4e6f70";

    private final EmailAdapter adapter = EmailFixtures.adapterFor("inbound-attachments");

    @Test
    void refusesAMultipartPostCutBeforeItsClosingBoundary() {
        byte[] whole = EmailFixtures.body("inbound-attachments");

        assertMalformed(multipart(Arrays.copyOf(whole, whole.length - 40)));
    }

    @Test
    void refusesAMultipartPostThatNamesNoBoundary() {
        assertMalformed(new WebhookRequest(Map.of("Content-Type", "multipart/form-data"),
                EmailFixtures.body("inbound-attachments"), "https://relay.example.net/"));
    }

    @Test
    void refusesAPartThatNamesNoField() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--"
                + BOUNDARY + "--\r\n";

        assertMalformed(multipart(body.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesMoreAttachmentsAnnouncedThanCarried() {
        // ISO-8859-1 maps every byte to one char and back, so the PNG's bytes stay as they are.
        String body = new String(EmailFixtures.body("inbound-attachments"),
                StandardCharsets.ISO_8859_1).replace("name=\"attachment-count\"\r\n\r\n2",
                "name=\"attachment-count\"\r\n\r\n3");

        assertMalformed(multipart(body.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readsAFileNameWrittenTheRfc2231Way() {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"from\"\r\n\r\nleo@example.org\r\n--"
                + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"attachment-1\"; "
                + "filename*=UTF-8''relev%C3%A9.csv\r\nContent-Type: text/csv\r\n\r\na,b\r\n--"
                + BOUNDARY + "--\r\n";

        ParsedWebhook parsed = adapter.parseWebhook(
                multipart(body.getBytes(StandardCharsets.US_ASCII)), CONNECTION);

        assertThat(parsed.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("relevé.csv");
            assertThat(new String(file.bytes(), StandardCharsets.US_ASCII)).isEqualTo("a,b");
        });
    }

    @Test
    void refusesAFormWithABrokenEscape() {
        assertMalformed(new WebhookRequest(
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "from=leo%ZZ".getBytes(StandardCharsets.US_ASCII), "https://relay.example.net/"));
    }

    @Test
    void refusesABodyOfAnotherType() {
        assertMalformed(new WebhookRequest(Map.of("Content-Type", "text/plain"),
                "hello".getBytes(StandardCharsets.US_ASCII), "https://relay.example.net/"));
    }

    @Test
    void refusesAnEventThatIsNoJson() {
        assertMalformed(new WebhookRequest(Map.of("Content-Type", "application/json"),
                "{\"signature\":".getBytes(StandardCharsets.US_ASCII),
                "https://relay.example.net/"));
    }

    @Test
    void refusesAnEventWithoutItsId() {
        assertMalformed(new WebhookRequest(Map.of("Content-Type", "application/json"),
                "{\"event-data\":{\"event\":\"delivered\"}}".getBytes(StandardCharsets.US_ASCII),
                "https://relay.example.net/"));
    }

    private void assertMalformed(WebhookRequest request) {
        assertThatThrownBy(() -> adapter.parseWebhook(request, CONNECTION))
                .isInstanceOf(MalformedWebhookException.class);
    }

    private static WebhookRequest multipart(byte[] body) {
        return new WebhookRequest(
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY), body,
                "https://relay.example.net/");
    }
}
