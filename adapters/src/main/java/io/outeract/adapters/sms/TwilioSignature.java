package io.outeract.adapters.sms;

import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import io.outeract.contract.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature: the base64 HMAC-SHA1, under the account's auth token, of the
 * URL Twilio called followed by every POST parameter sorted by name, each as name then value.
 * There is no timestamp, so nothing stops a replay: dedupe keys do.
 */
final class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    private final TwilioSignedUrl signedUrl;

    TwilioSignature(TwilioSignedUrl signedUrl) {
        this.signedUrl = signedUrl;
    }

    boolean isValid(WebhookRequest request, Credentials secrets) {
        Optional<String> token = SmsCredentials.find(secrets, SmsCredentials.AUTH_TOKEN);
        String presented = request.header(HEADER);
        if (token.isEmpty() || presented == null || request.url() == null) {
            return false;
        }
        FormParameters parameters;
        try {
            parameters = FormParameters.decode(request.body());
        } catch (MalformedWebhookException unreadable) {
            return false;
        }
        byte[] presentedBytes = presented.getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        // Every candidate is checked, so the time taken does not tell which one matched.
        for (String url : TwilioSignedUrl.withAndWithoutPort(signedUrl.of(request))) {
            byte[] expected = sign(token.get(), url, parameters)
                    .getBytes(StandardCharsets.UTF_8);
            valid |= MessageDigest.isEqual(presentedBytes, expected);
        }
        return valid;
    }

    static String sign(String authToken, String url, FormParameters parameters) {
        StringBuilder signed = new StringBuilder(url);
        for (Map.Entry<String, String> pair : parameters.sorted()) {
            signed.append(pair.getKey()).append(pair.getValue());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            // Every JDK has HmacSHA1, and any key length is a valid HMAC key.
            throw new IllegalStateException(impossible);
        }
    }
}
