package io.outeract.adapters.meta.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.testing.FakePlatformServer;
import io.outeract.adapters.testing.Loopback;
import io.outeract.contract.common.Credentials;
import java.time.Duration;
import java.util.Map;

/** Meta's Graph API on loopback, and WhatsApp adapters pointed at it. */
final class FakeWhatsApp extends FakePlatformServer {

    static final String ACCESS_TOKEN = "EAAG-fake-whatsapp-token-for-outeract-tests-0123";
    static final String VERSION = "v25.0";
    static final long MAX_MEDIA_BYTES = 64 * 1024;
    static final Duration READ_TIMEOUT = Loopback.READ_TIMEOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeWhatsApp() {
        super("The Graph API", "application/json; charset=UTF-8");
    }

    static Credentials numberCredentials() {
        return new Credentials(Map.of(
                WhatsAppCredentials.ACCESS_TOKEN, ACCESS_TOKEN,
                WhatsAppCredentials.PHONE_NUMBER_ID, WhatsAppFixtures.PHONE_NUMBER_ID,
                WhatsAppCredentials.WABA_ID, WhatsAppFixtures.WABA_ID));
    }

    /** An adapter that never talks to anything: for reading webhooks only. */
    static WhatsAppAdapter offlineAdapter() {
        return adapterAt(Loopback.OFFLINE);
    }

    /** An adapter whose Graph API is a loopback port nothing listens on. */
    static WhatsAppAdapter unreachableAdapter() {
        return adapterAt(Loopback.unreachableUrl(""));
    }

    WhatsAppAdapter adapter() {
        return adapterAt(url("/"));
    }

    void answersWithFixture(int status, String fixture) {
        answers(status, WhatsAppFixtures.text(fixture));
    }

    private static WhatsAppAdapter adapterAt(String baseUrl) {
        return new WhatsAppAdapter(new GraphApi(Loopback.client(), JSON, baseUrl, VERSION),
                MAX_MEDIA_BYTES);
    }
}
