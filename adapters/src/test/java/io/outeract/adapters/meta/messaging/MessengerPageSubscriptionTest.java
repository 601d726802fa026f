package io.outeract.adapters.meta.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.WebhookRegistration;
import io.outeract.contract.common.Credentials;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registering a Messenger connection installs the app on its Page with the fields Outeract
 * reads; an Instagram account's fields are the App Dashboard's, so nothing is asked.
 */
class MessengerPageSubscriptionTest {

    private static final MessagingFixtures FIXTURES = MessagingFixtures.MESSENGER;
    private static final WebhookRegistration REGISTRATION =
            new WebhookRegistration(MessagingFixtures.WEBHOOK_URL, null);

    private final FakeMeta meta = new FakeMeta();

    @AfterEach
    void stopMeta() throws IOException {
        meta.close();
    }

    @Test
    void subscribesTheAppToThePagesFieldsWithThePageToken() {
        meta.answers(200, FIXTURES.text("subscribed-apps-response"));

        meta.messenger().registerWebhook(REGISTRATION, FakeMeta.pageCredentials());

        RecordedRequest request = meta.request();
        HttpUrl documented = HttpUrl.get(
                FIXTURES.meta("subscribed-apps-response").path("http").path("url").asText());
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo(documented.encodedPath());
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeMeta.PAGE_TOKEN);
        assertThat(fields(FakeMeta.jsonOf(request).path("subscribed_fields").asText()))
                .containsExactlyInAnyOrderElementsOf(
                        fields(documented.queryParameter("subscribed_fields")));
    }

    @Test
    void throwsMetasReasonWhenItRefusesTheSubscription() {
        meta.answers(403, """
                {"error":{"message":"(#200) The user must be an administrator of the Page",\
                "code":200}}""");

        assertThatThrownBy(() -> meta.messenger()
                .registerWebhook(REGISTRATION, FakeMeta.pageCredentials()))
                .isInstanceOf(MessagingApiException.class)
                .hasMessageContaining(MessagingFixtures.PAGE_ID)
                .hasMessageContaining("must be an administrator of the Page");
    }

    @Test
    void throwsWhenMetaAnswersWithoutSuccess() {
        meta.answers(200, "{\"success\":false}");

        assertThatThrownBy(() -> meta.messenger()
                .registerWebhook(REGISTRATION, FakeMeta.pageCredentials()))
                .isInstanceOf(MessagingApiException.class);
    }

    @Test
    void throwsWhenMetaCannotBeReached() {
        MessengerAdapter unreachable = new MessengerAdapter(FakeMeta.unreachableApi());

        assertThatThrownBy(() -> unreachable.registerWebhook(REGISTRATION,
                FakeMeta.pageCredentials()))
                .isInstanceOf(MessagingApiException.class)
                .hasMessageStartingWith("Meta could not be reached")
                .hasMessageNotContaining(FakeMeta.PAGE_TOKEN);
    }

    @Test
    void refusesToSubscribeWithoutAPageToken() {
        Credentials pageOnly = Credentials.of(MessagingCredentials.PAGE_ID, "104392817746251");

        assertThatThrownBy(() -> meta.messenger().registerWebhook(REGISTRATION, pageOnly))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MessagingCredentials.PAGE_ACCESS_TOKEN);
        assertThat(meta.requestCount()).isZero();
    }

    @Test
    void asksMetaNothingToRegisterAnInstagramAccount() {
        meta.instagram().registerWebhook(REGISTRATION, FakeMeta.instagramCredentials());

        assertThat(meta.requestCount()).isZero();
    }

    private static List<String> fields(String commaSeparated) {
        return Arrays.asList(commaSeparated.split(","));
    }
}
