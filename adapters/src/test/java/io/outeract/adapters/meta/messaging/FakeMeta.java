package io.outeract.adapters.meta.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.testing.FakePlatformServer;
import io.outeract.adapters.testing.Loopback;
import io.outeract.contract.common.Credentials;
import java.time.Duration;
import java.util.Map;

/** Meta's Graph API and CDN on loopback, and Messenger and Instagram adapters pointed at it. */
final class FakeMeta extends FakePlatformServer {

    static final String PAGE_TOKEN = "EAAfake-page-token-for-outeract-tests";
    static final String INSTAGRAM_TOKEN = "IGAAfake-instagram-token-for-outeract-tests";
    static final Duration READ_TIMEOUT = Loopback.READ_TIMEOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeMeta() {
        super("Meta", "application/json; charset=UTF-8");
    }

    static Credentials pageCredentials() {
        return new Credentials(Map.of(
                MessagingCredentials.PAGE_ACCESS_TOKEN, PAGE_TOKEN,
                MessagingCredentials.PAGE_ID, MessagingFixtures.PAGE_ID));
    }

    static Credentials instagramCredentials() {
        return new Credentials(Map.of(
                MessagingCredentials.INSTAGRAM_ACCESS_TOKEN, INSTAGRAM_TOKEN,
                MessagingCredentials.INSTAGRAM_ACCOUNT_ID, MessagingFixtures.INSTAGRAM_ACCOUNT_ID));
    }

    /** A Graph API on a loopback port where nothing is asked: for reading webhooks only. */
    static GraphApi offlineApi() {
        return apiAt(Loopback.OFFLINE);
    }

    /** A Graph API on a loopback port nothing listens on. */
    static GraphApi unreachableApi() {
        return apiAt(unreachableUrl("/"));
    }

    /** An address on a loopback port nothing listens on. */
    static String unreachableUrl(String path) {
        return Loopback.unreachableUrl(path);
    }

    GraphApi api() {
        return apiAt(url("/"));
    }

    MessengerAdapter messenger() {
        return new MessengerAdapter(api());
    }

    InstagramAdapter instagram() {
        return new InstagramAdapter(api());
    }

    private static GraphApi apiAt(String baseUrl) {
        return new GraphApi(Loopback.client(), JSON, baseUrl, GraphApi.DEFAULT_VERSION);
    }
}
