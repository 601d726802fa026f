package io.outeract.adapters.meta.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outeract.adapters.WebhookRegistration;
import java.io.IOException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registering a connection subscribes Outeract's Meta app to the number's business account. */
class WhatsAppWebhookRegistrationTest {

    private static final WebhookRegistration REGISTRATION =
            new WebhookRegistration(WhatsAppFixtures.WEBHOOK_URL, null);

    private final FakeWhatsApp whatsApp = new FakeWhatsApp();
    private final WhatsAppAdapter adapter = whatsApp.adapter();

    @AfterEach
    void stopWhatsApp() throws IOException {
        whatsApp.close();
    }

    @Test
    void subscribesTheAppToTheBusinessAccount() {
        whatsApp.answersWithFixture(200, "subscribed-apps-response");

        adapter.registerWebhook(REGISTRATION, FakeWhatsApp.numberCredentials());

        RecordedRequest request = whatsApp.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v25.0/104839275610482/subscribed_apps");
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
    }

    // Meta's reference answers with a boolean, its own Postman sample with a string.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"success\":true}", "{\"success\":\"true\"}"})
    void acceptsSuccessAsABooleanOrAsAString(String answer) {
        whatsApp.answers(200, answer);

        assertThatCode(() -> adapter.registerWebhook(REGISTRATION,
                FakeWhatsApp.numberCredentials())).doesNotThrowAnyException();
    }

    @Test
    void throwsWhenWhatsAppSaysTheSubscriptionDidNotSucceed() {
        whatsApp.answers(200, "{\"success\":false}");

        assertThatThrownBy(() -> adapter.registerWebhook(REGISTRATION,
                FakeWhatsApp.numberCredentials()))
                .isInstanceOf(WhatsAppApiException.class)
                .hasMessageContaining("104839275610482");
    }

    @Test
    void throwsMetasReasonWhenItRefusesTheSubscription() {
        whatsApp.answers(403, """
                {"error":{"message":"(#200) Permissions error","type":"OAuthException",\
                "code":200,"fbtrace_id":"AXe5"}}""");

        assertThatThrownBy(() -> adapter.registerWebhook(REGISTRATION,
                FakeWhatsApp.numberCredentials()))
                .isInstanceOf(WhatsAppApiException.class)
                .hasMessageContaining("(#200) Permissions error");
    }

    @Test
    void throwsWhenWhatsAppCannotBeReachedToSubscribe() {
        WhatsAppAdapter unreachable = FakeWhatsApp.unreachableAdapter();

        assertThatThrownBy(() -> unreachable.registerWebhook(REGISTRATION,
                FakeWhatsApp.numberCredentials()))
                .isInstanceOf(WhatsAppApiException.class)
                .hasMessageStartingWith("WhatsApp could not be reached")
                .hasMessageNotContaining(FakeWhatsApp.ACCESS_TOKEN);
    }
}
