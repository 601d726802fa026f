package io.outeract.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an API key, {@code ok_<key id>_<secret>}: the id finds the key, and the secret's
 * SHA-256 is what is stored. The secret has 256 random bits, so a fast hash is enough.
 */
public final class ApiKeySecrets {

    private static final Pattern SHAPE =
            Pattern.compile("ok_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    /** A new key: what the admin is shown once, and the hash to keep. */
    public static NewApiKey generate(UUID apiKeyId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String key = "ok_" + apiKeyId.toString().replace("-", "") + "_" + encoded;
        return new NewApiKey(key, hash(encoded));
    }

    static ParsedKey parse(String key) {
        Matcher matcher = SHAPE.matcher(key == null ? "" : key.strip());
        if (!matcher.matches()) {
            throw new AuthenticationFailedException("The API key is malformed");
        }
        String hex = matcher.group(1);
        UUID id = UUID.fromString(hex.replaceFirst(
                "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
                "$1-$2-$3-$4-$5"));
        return new ParsedKey(id, hash(matcher.group(2)));
    }

    static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    /** A key as given to its owner, and the hash Outeract keeps of it. */
    public record NewApiKey(String key, String secretHash) {

        @Override
        public String toString() {
            return "NewApiKey[hidden]";
        }
    }

    record ParsedKey(UUID apiKeyId, String secretHash) {
    }
}
