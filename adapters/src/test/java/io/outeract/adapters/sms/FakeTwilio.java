package io.outeract.adapters.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.testing.FakePlatformServer;
import io.outeract.adapters.testing.Loopback;
import io.outeract.contract.common.Credentials;
import java.time.Duration;
import java.util.Map;

/** Twilio's REST API on loopback, and adapters pointed at it. */
final class FakeTwilio extends FakePlatformServer {

    static final Duration READ_TIMEOUT = Loopback.READ_TIMEOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeTwilio() {
        super("Twilio", "application/json");
    }

    static Credentials numberCredentials() {
        return new Credentials(Map.of(
                SmsCredentials.ACCOUNT_SID, SmsFixtures.ACCOUNT_SID,
                SmsCredentials.AUTH_TOKEN, SmsFixtures.AUTH_TOKEN,
                SmsCredentials.PHONE_NUMBER, SmsFixtures.OUR_NUMBER));
    }

    /** An adapter that never talks to anything: for reading webhooks only. */
    static SmsAdapter offlineAdapter() {
        return new SmsAdapter(apiAt(Loopback.OFFLINE));
    }

    /** An adapter whose Twilio is a loopback port nothing listens on. */
    static SmsAdapter unreachableAdapter() {
        return new SmsAdapter(apiAt(Loopback.unreachableUrl("")));
    }

    SmsAdapter adapter() {
        return new SmsAdapter(apiAt(url("/")));
    }

    /** Answers with a response fixture, under the status and headers its meta gives. */
    void answersWithFixture(String fixture) {
        answersAsMetaSays(SmsFixtures.meta(fixture), SmsFixtures.text(fixture));
    }

    private static TwilioRestApi apiAt(String baseUrl) {
        return new TwilioRestApi(Loopback.client(), JSON, baseUrl);
    }
}
