package io.outeract.api.graphql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque pagination cursors: a position in the history, signed so that a caller can neither
 * forge one nor learn anything from it beyond its use. Never deserialised as an object.
 */
@Component
public class Cursors {

    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    Cursors(@Value("${outeract.credentials.encryption-key:}") String serverKey) {
        byte[] material = ("outeract-cursor:" + serverKey).getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(sha256(material), "HmacSHA256");
    }

    public String encode(long position) {
        byte[] payload = ByteBuffer.allocate(Long.BYTES).putLong(position).array();
        byte[] token = ByteBuffer.allocate(Long.BYTES + MAC_BYTES)
                .put(payload).put(mac(payload)).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    public long decode(String cursor) {
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (token.length != Long.BYTES + MAC_BYTES) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOfRange(token, 0, Long.BYTES);
        byte[] given = Arrays.copyOfRange(token, Long.BYTES, token.length);
        if (!MessageDigest.isEqual(mac(payload), given)) {
            throw invalid();
        }
        return ByteBuffer.wrap(payload).getLong();
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("The cursor is not one this server gave out");
    }
}
