package io.outeract.command.credentials;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh nonce per value. The associated data binds a ciphertext to the row it
 * was written for, so a ciphertext copied to another connection's row does not decrypt.
 */
public class CredentialCipher {

    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public CredentialCipher(String base64Key) {
        byte[] raw = decodeKey(base64Key);
        this.key = new SecretKeySpec(raw, "AES");
    }

    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext);

        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                .put(FORMAT_VERSION).put(nonce).put(sealed).array();
    }

    public byte[] decrypt(byte[] stored, byte[] associatedData) {
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || buffer.get() != FORMAT_VERSION) {
            throw new IllegalStateException("Stored credentials have an unknown format");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);

        return run(Cipher.DECRYPT_MODE, nonce, associatedData, sealed);
    }

    private byte[] run(int mode, byte[] nonce, byte[] associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            if (mode == Cipher.ENCRYPT_MODE) {
                throw new IllegalStateException("Credentials could not be encrypted", e);
            }
            throw new IllegalStateException(
                    "Credentials could not be decrypted: is outeract.credentials.encryption-key "
                            + "the key they were written with?", e);
        }
    }

    private static byte[] decodeKey(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("outeract.credentials.encryption-key is not set: "
                    + "give a base64 AES-256 key (openssl rand -base64 32)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "outeract.credentials.encryption-key is not valid base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("outeract.credentials.encryption-key must be 32 bytes "
                    + "(base64 of 32 random bytes), was " + raw.length);
        }
        return raw;
    }
}
