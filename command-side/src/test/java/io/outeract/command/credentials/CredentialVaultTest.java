package io.outeract.command.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.command.CommandSideDatabase;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault against the real PostgreSQL; every test uses connections of its own. */
class CredentialVaultTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String BOT_TOKEN = "7001:secret-bot-token";
    private static final Credentials CREDENTIALS = new Credentials(Map.of(
            "bot_token", BOT_TOKEN, "webhook_secret_token", "secret-webhook-token"));

    private final JdbcTemplate jdbc = CommandSideDatabase.jdbc();
    private final CredentialVault vault =
            new CredentialVault(jdbc, new CredentialCipher(KEY), new ObjectMapper());

    private final UUID connection = UUID.randomUUID();
    private final UUID otherConnection = UUID.randomUUID();
    private final UUID application = UUID.randomUUID();
    private final String account = String.valueOf(System.nanoTime());
    private final ConnectionRecord record =
            new ConnectionRecord(connection, application, Platform.TELEGRAM, account, false);

    @Test
    void findsAStoredConnection() {
        vault.store(record, CREDENTIALS);

        assertThat(vault.find(connection)).contains(record);
    }

    @Test
    void handsBackTheStoredCredentials() {
        vault.store(record, CREDENTIALS);

        assertThat(vault.credentials(connection)).contains(CREDENTIALS);
    }

    @Test
    void storesTheCredentialsOnlyEncrypted() {
        vault.store(record, CREDENTIALS);

        assertThat(new String(sealedValuesOf(connection), StandardCharsets.ISO_8859_1))
                .doesNotContain(BOT_TOKEN)
                .doesNotContain("bot_token");
    }

    @Test
    void storesANewConnectionAsConnectedWhateverTheRecordSays() {
        vault.store(new ConnectionRecord(
                connection, application, Platform.TELEGRAM, account, true), CREDENTIALS);

        assertThat(vault.find(connection)).contains(record);
    }

    @Test
    void refusesASecondLiveConnectionOfOneAccount() {
        vault.store(record, CREDENTIALS);

        assertThatThrownBy(() -> vault.store(new ConnectionRecord(otherConnection,
                UUID.randomUUID(), Platform.TELEGRAM, account, false), CREDENTIALS))
                .isInstanceOf(AccountAlreadyConnectedException.class)
                .hasMessageContaining("already connected");
    }

    @Test
    void connectsAnAccountAgainOnceItsConnectionWasDisconnected() {
        vault.store(record, CREDENTIALS);
        vault.markDisconnected(connection);

        vault.store(new ConnectionRecord(otherConnection, application, Platform.TELEGRAM,
                account, false), CREDENTIALS);

        assertThat(vault.find(otherConnection)).isPresent();
    }

    @Test
    void refusesToStoreAConnectionTwice() {
        vault.store(record, CREDENTIALS);

        assertThatThrownBy(() -> vault.store(record, Credentials.of("bot_token", "other")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void findsNothingForAnUnknownConnection() {
        assertThat(vault.find(connection)).isEmpty();
        assertThat(vault.credentials(connection)).isEmpty();
    }

    @Test
    void forgetsTheCredentialsOfAnErasedConnection() {
        vault.store(record, CREDENTIALS);

        vault.erase(connection);

        assertThat(vault.credentials(connection)).isEmpty();
        assertThat(sealedValuesOf(connection)).isNull();
    }

    @Test
    void keepsTheRecordOfAnErasedConnection() {
        vault.store(record, CREDENTIALS);

        vault.erase(connection);

        assertThat(vault.find(connection)).contains(record);
    }

    @Test
    void marksAConnectionDisconnected() {
        vault.store(record, CREDENTIALS);

        vault.markDisconnected(connection);

        assertThat(vault.find(connection))
                .hasValueSatisfying(found -> assertThat(found.disconnected()).isTrue());
    }

    @Test
    void keepsTheFirstDisconnectionTime() {
        vault.store(record, CREDENTIALS);
        vault.markDisconnected(connection);
        jdbc.update("UPDATE connection_credential SET disconnected_at = '2025-01-01T00:00:00Z'"
                + " WHERE connection_id = ?", connection);

        vault.markDisconnected(connection);

        assertThat(jdbc.queryForObject("SELECT disconnected_at = '2025-01-01T00:00:00Z'"
                + " FROM connection_credential WHERE connection_id = ?", Boolean.class, connection))
                .isTrue();
    }

    @Test
    void refusesCredentialsCopiedFromAnotherConnectionsRow() {
        vault.store(record, CREDENTIALS);
        vault.store(new ConnectionRecord(otherConnection, application, Platform.TELEGRAM,
                account + "2", false), Credentials.of("bot_token", "7002:other-token"));
        jdbc.update("UPDATE connection_credential SET sealed_values = ? WHERE connection_id = ?",
                sealedValuesOf(connection), otherConnection);

        assertThatThrownBy(() -> vault.credentials(otherConnection))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be decrypted");
    }

    private byte[] sealedValuesOf(UUID connectionId) {
        return jdbc.queryForObject(
                "SELECT sealed_values FROM connection_credential WHERE connection_id = ?",
                byte[].class, connectionId);
    }
}
