package io.outeract.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.security.RequestValidator;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A webhook is Twilio's when its signature holds over the URL Twilio called and every
 * parameter; Twilio's own RequestValidator judges alongside ours.
 */
class TwilioSignatureTest {

    private static final Credentials SECRETS =
            Credentials.of(SmsCredentials.AUTH_TOKEN, SmsFixtures.AUTH_TOKEN);
    private static final String INBOUND = "inbound-sms";
    private static final String STATUS = "status-delivered";

    private final SmsAdapter adapter = FakeTwilio.offlineAdapter();

    static List<String> webhooks() {
        return SmsFixtures.webhookNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void acceptsEachWebhookAtTheUrlTwilioSigned(String name) {
        Credentials secrets = Credentials.of(SmsCredentials.AUTH_TOKEN,
                SmsFixtures.meta(name).path("secret").asText());

        assertThat(adapter.hasValidSignature(SmsFixtures.webhook(name), secrets)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void agreesWithTwilioOnEachWebhook(String name) {
        String url = SmsFixtures.meta(name).path("url").asText();
        String signature = SmsFixtures.meta(name).path("headers").path("X-Twilio-Signature")
                .asText();

        assertThat(new RequestValidator(SmsFixtures.AUTH_TOKEN)
                .validate(url, parameters(SmsFixtures.text(name)), signature)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void refusesEachWebhookUnderAnotherAccountsToken(String name) {
        Credentials other =
                Credentials.of(SmsCredentials.AUTH_TOKEN, "0f9e8d7c6b5a49382716f5e4d3c2b1a0");

        assertThat(adapter.hasValidSignature(SmsFixtures.webhook(name), other)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void refusesEachWebhookPostedToAnotherUrl(String name) {
        WebhookRequest elsewhere = SmsFixtures.webhook(name, SmsFixtures.bytes(name),
                "https://relay.example.net/webhooks/sms/other");

        assertThat(adapter.hasValidSignature(elsewhere, SECRETS)).isFalse();
    }

    @Test
    void refusesAWebhookWithOneParameterChanged() {
        byte[] changed = SmsFixtures.text(INBOUND).replace("5521", "5522")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(adapter.hasValidSignature(webhookOf(INBOUND, changed), SECRETS)).isFalse();
    }

    @Test
    void refusesAWebhookWithAParameterAdded() {
        byte[] added = (SmsFixtures.text(INBOUND) + "&Extra=1").getBytes(StandardCharsets.UTF_8);

        assertThat(adapter.hasValidSignature(webhookOf(INBOUND, added), SECRETS)).isFalse();
    }

    @Test
    void acceptsTheParametersInAnyOrder() {
        List<String> pairs = new ArrayList<>(List.of(SmsFixtures.text(INBOUND).split("&")));
        Collections.reverse(pairs);
        byte[] reordered = String.join("&", pairs).getBytes(StandardCharsets.UTF_8);

        assertThat(adapter.hasValidSignature(webhookOf(INBOUND, reordered), SECRETS)).isTrue();
    }

    @Test
    void refusesAStatusCallbackWithoutTheQueryItWasSentTo() {
        WebhookRequest withoutQuery = SmsFixtures.webhook(STATUS, SmsFixtures.bytes(STATUS),
                "https://relay.example.net/webhooks/sms/status");

        assertThat(adapter.hasValidSignature(withoutQuery, SECRETS)).isFalse();
    }

    @Test
    void acceptsTheUrlWithTheDefaultPortNamed() {
        WebhookRequest withPort = SmsFixtures.webhook(INBOUND, SmsFixtures.bytes(INBOUND),
                "https://relay.example.net:443/webhooks/sms/inbound");

        assertThat(adapter.hasValidSignature(withPort, SECRETS)).isTrue();
    }

    @Test
    void refusesTheUrlAServerBehindAProxySeesUnlessToldThePublicBase() {
        WebhookRequest behindProxy = SmsFixtures.webhook(STATUS, SmsFixtures.bytes(STATUS),
                "http://127.0.0.1:8080/webhooks/sms/status?msg=ob_01JCX8Y5QK");
        SmsAdapter toldThePublicBase = new SmsAdapter(
                new TwilioRestApi(new OkHttpClient(), new ObjectMapper(), "http://127.0.0.1:1"),
                TwilioSignedUrl.publicBase("https://relay.example.net"));

        assertThat(adapter.hasValidSignature(behindProxy, SECRETS)).isFalse();
        assertThat(toldThePublicBase.hasValidSignature(behindProxy, SECRETS)).isTrue();
    }

    @Test
    void refusesAWebhookWithoutSignature() {
        WebhookRequest unsigned = new WebhookRequest(Map.of(), SmsFixtures.bytes(INBOUND),
                SmsFixtures.meta(INBOUND).path("url").asText());

        assertThat(adapter.hasValidSignature(unsigned, SECRETS)).isFalse();
    }

    @Test
    void refusesEveryWebhookWhenTheConnectionHasNoAuthToken() {
        Credentials sidOnly = Credentials.of(SmsCredentials.ACCOUNT_SID, SmsFixtures.ACCOUNT_SID);

        assertThat(adapter.hasValidSignature(SmsFixtures.webhook(INBOUND), sidOnly)).isFalse();
    }

    @Test
    void refusesABodyThatIsNoForm() {
        WebhookRequest broken = webhookOf(INBOUND, "Body=%zz".getBytes(StandardCharsets.UTF_8));

        assertThat(adapter.hasValidSignature(broken, SECRETS)).isFalse();
    }

    @Test
    void signsTwiliosDocumentedExampleAsTwilioDoes() {
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        String form = "CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234"
                + "&From=%2B12349013030&To=%2B18005551212";

        String ours = TwilioSignature.sign("12345", url,
                FormParameters.decode(form.getBytes(StandardCharsets.UTF_8)));

        assertThat(ours).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(new RequestValidator("12345").validate(url, parameters(form), ours)).isTrue();
    }

    @Test
    void signsUnicodeAndEmptyValuesAsTwiliosValidatorExpects() {
        String url = "https://relay.example.net/webhooks/sms/inbound?tenant=acme";
        String form = "Body=Caf%C3%A9+%F0%9F%9A%80+50%25+%2B1&MediaUrl0=&From=%2B15555550178";

        String ours = TwilioSignature.sign(SmsFixtures.AUTH_TOKEN, url,
                FormParameters.decode(form.getBytes(StandardCharsets.UTF_8)));

        assertThat(new RequestValidator(SmsFixtures.AUTH_TOKEN)
                .validate(url, parameters(form), ours)).isTrue();
    }

    private static WebhookRequest webhookOf(String name, byte[] body) {
        return SmsFixtures.webhook(name, body, SmsFixtures.meta(name).path("url").asText());
    }

    /** The form as Twilio's validator takes it: decoded names and values, each name once. */
    private static Map<String, String> parameters(String form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
