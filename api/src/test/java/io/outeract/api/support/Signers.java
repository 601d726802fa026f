package io.outeract.api.support;

import com.slack.api.app_backend.SlackSignature;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs test deliveries as the platforms do, now, so that fixture bodies pass the timestamp
 * checks: Slack with its own SDK's generator, Discord with Ed25519 and the fixture's private
 * key, Twilio over the public URL and the sorted form parameters.
 */
public final class Signers {

    private Signers() {
    }

    /** {@code X-Slack-Request-Timestamp} and {@code X-Slack-Signature} for the body, now. */
    public static Map<String, String> slack(String signingSecret, byte[] body) {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        String signature = new SlackSignature.Generator(signingSecret)
                .generate(timestamp, new String(body, StandardCharsets.UTF_8));
        return Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature);
    }

    /** {@code X-Signature-Timestamp} and {@code X-Signature-Ed25519} for the body, now. */
    public static Map<String, String> discord(String privateKeyPem, byte[] body) {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        try {
            String base64 = privateKeyPem.replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signer.update(body);
            return Map.of("X-Signature-Timestamp", timestamp,
                    "X-Signature-Ed25519", HexFormat.of().formatHex(signer.sign()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code X-Twilio-Signature}: the URL, then each parameter's name and value by name. */
    public static String twilio(String authToken, String url, byte[] formBody) {
        StringBuilder signed = new StringBuilder(url);
        formParameters(formBody).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> formParameters(byte[] formBody) {
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : new String(formBody, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
                    StandardCharsets.UTF_8);
            String value = equals < 0 ? ""
                    : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
    }
}
