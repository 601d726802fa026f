package io.outeract.command.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialCipherTest {

    private static final String KEY = keyOfBytes(32, 7);
    private static final String OTHER_KEY = keyOfBytes(32, 8);
    private static final byte[] SECRETS = bytes("{\"bot_token\":\"7001:secret\"}");
    private static final byte[] CONNECTION = bytes("4f1e3c52-31f8-4f4e-9a4b-3a3d2c1b0a01");
    private static final byte[] OTHER_CONNECTION = bytes("a2c9e7d0-5b6a-4c3d-8e2f-1a0b9c8d7e6f");
    private static final String KEY_SETTING = "outeract.credentials.encryption-key";

    private final CredentialCipher cipher = new CredentialCipher(KEY);

    @Test
    void decryptsWhatItEncrypted() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);

        assertThat(cipher.decrypt(sealed, CONNECTION)).isEqualTo(SECRETS);
    }

    @Test
    void decryptsWithAnotherCipherOverTheSameKey() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);

        assertThat(new CredentialCipher(KEY).decrypt(sealed, CONNECTION)).isEqualTo(SECRETS);
    }

    @Test
    void neverShowsThePlaintextInTheCiphertext() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("7001:secret");
    }

    @Test
    void sealsTheSameSecretsDifferentlyEachTime() {
        byte[] first = cipher.encrypt(SECRETS, CONNECTION);
        byte[] second = cipher.encrypt(SECRETS, CONNECTION);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesToDecryptACiphertextBoundToAnotherConnection() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);

        assertThatThrownBy(() -> cipher.decrypt(sealed, OTHER_CONNECTION))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(AEADBadTagException.class);
    }

    @Test
    void refusesToDecryptATamperedCiphertext() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(sealed, CONNECTION))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToDecryptWithAnotherKeyAndNamesTheSetting() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);

        assertThatThrownBy(() -> new CredentialCipher(OTHER_KEY).decrypt(sealed, CONNECTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be decrypted")
                .hasMessageContaining(KEY_SETTING);
    }

    @Test
    void refusesACiphertextOfAnUnknownFormat() {
        byte[] sealed = cipher.encrypt(SECRETS, CONNECTION);
        sealed[0] = 9;

        assertThatThrownBy(() -> cipher.decrypt(sealed, CONNECTION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Stored credentials have an unknown format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAMissingKeyAndSaysHowToMakeOne(String missing) {
        assertThatThrownBy(() -> new CredentialCipher(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KEY_SETTING + " is not set")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void refusesAKeyShorterThan32Bytes() {
        assertThatThrownBy(() -> new CredentialCipher(keyOfBytes(16, 7)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KEY_SETTING + " must be 32 bytes")
                .hasMessageEndingWith("was 16");
    }

    @Test
    void refusesAKeyLongerThan32Bytes() {
        assertThatThrownBy(() -> new CredentialCipher(keyOfBytes(64, 7)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("was 64");
    }

    @Test
    void refusesAKeyThatIsNotBase64() {
        assertThatThrownBy(() -> new CredentialCipher("not base64, surely!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(KEY_SETTING + " is not valid base64");
    }

    @Test
    void acceptsAKeyWithSurroundingWhitespace() {
        CredentialCipher padded = new CredentialCipher("  " + KEY + "\n");

        assertThat(cipher.decrypt(padded.encrypt(SECRETS, CONNECTION), CONNECTION))
                .isEqualTo(SECRETS);
    }

    private static String keyOfBytes(int length, int fill) {
        byte[] key = new byte[length];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
