package io.outeract.faults;

import io.outeract.faults.support.Outeract;
import io.outeract.faults.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The secrets a bad-input case presents, named by the table: right, wrong, missing, other. */
final class BadCredentials {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private BadCredentials() {
    }

    static Map<String, String> secretToken(String variant, Tenant own, Tenant other) {
        String token = switch (variant) {
            case "own" -> own.webhookSecretToken();
            case "wrong" -> "not-the-secret-token";
            case "missing" -> null;
            case "empty" -> "";
            case "swapped-case" -> swappedCase(own.webhookSecretToken());
            case "other" -> other.webhookSecretToken();
            default -> throw new IllegalArgumentException("Unknown secretToken " + variant);
        };
        return token == null ? Map.of() : Map.of(Outeract.SECRET_TOKEN_HEADER, token);
    }

    static Map<String, String> apiKey(String variant, Tenant own, String adminToken) {
        String key = switch (variant) {
            case "own" -> own.apiKey();
            case "none" -> null;
            case "malformed" -> "not-an-api-key";
            case "wrong-secret" -> own.apiKey().substring(0, own.apiKey().lastIndexOf('_') + 1)
                    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
            case "admin-token" -> adminToken;
            default -> throw new IllegalArgumentException("Unknown key " + variant);
        };
        return key == null ? Map.of() : Map.of("Authorization", "Bearer " + key);
    }

    static Map<String, String> adminToken(String variant, String adminToken, Tenant own) {
        String token = switch (variant) {
            case "own" -> adminToken;
            case "none" -> null;
            case "alg-none" -> unsigned(payloadOf(adminToken));
            case "foreign-signature" -> signed(payloadOf(adminToken),
                    "a-secret-that-is-not-the-servers-own-at-all");
            case "api-key" -> own.apiKey();
            default -> throw new IllegalArgumentException("Unknown token " + variant);
        };
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    /** The claims of a real token, so that only the signature is wrong. */
    private static String payloadOf(String jwt) {
        return jwt.split("\\.")[1];
    }

    private static String unsigned(String payload) {
        return encode("{\"alg\":\"none\"}") + "." + payload + ".";
    }

    private static String signed(String payload, String secret) {
        String signingInput = encode("{\"alg\":\"HS256\"}") + "." + payload;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(
                    mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String swappedCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            swapped.append(Character.isUpperCase(character) ? Character.toLowerCase(character)
                    : Character.toUpperCase(character));
        }
        return swapped.toString();
    }
}
