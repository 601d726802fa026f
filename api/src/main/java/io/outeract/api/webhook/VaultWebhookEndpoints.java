package io.outeract.api.webhook;

import io.outeract.command.credentials.ConnectionRecord;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.common.Platform;
import io.outeract.ingress.WebhookEndpoint;
import io.outeract.ingress.WebhookEndpoints;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks webhook endpoints up in the vault, and keeps each decrypted for a few seconds: a busy
 * bot's webhook then costs no database read. A disconnection reaches other servers' caches
 * within that time; this server's own is cleared at once by the disconnect event's handler.
 */
@Component
class VaultWebhookEndpoints implements WebhookEndpoints {

    private record Cached(Optional<WebhookEndpoint> endpoint, long expiresAtNanos) {
    }

    private final CredentialVault vault;
    private final long ttlNanos;
    private final ConcurrentHashMap<UUID, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Cached> byAccount = new ConcurrentHashMap<>();

    VaultWebhookEndpoints(CredentialVault vault,
            @Value("${outeract.ingest.endpoint-cache-ttl:5s}") Duration ttl) {
        this.vault = vault;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID connectionId) {
        long now = System.nanoTime();
        Cached cached = cache.get(connectionId);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.endpoint();
        }
        Optional<WebhookEndpoint> endpoint = load(connectionId);
        if (cache.size() > 100_000) {
            cache.clear();
        }
        cache.put(connectionId, new Cached(endpoint, now + ttlNanos));
        return endpoint;
    }

    @Override
    public Optional<WebhookEndpoint> findByAccount(Platform platform, String externalAccountId) {
        String key = platform.wireName() + ":" + externalAccountId;
        long now = System.nanoTime();
        Cached cached = byAccount.get(key);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.endpoint();
        }
        Optional<WebhookEndpoint> endpoint = vault.findLive(platform, externalAccountId)
                .flatMap(connection -> vault.credentials(connection.connectionId())
                        .map(secrets -> endpointOf(connection, secrets)));
        if (byAccount.size() > 100_000) {
            byAccount.clear();
        }
        byAccount.put(key, new Cached(endpoint, now + ttlNanos));
        return endpoint;
    }

    @Override
    public Optional<WebhookEndpoint> findByGroupAccount(Platform platform, String groupAccountId) {
        List<ConnectionRecord> members = vault.findLiveInGroup(platform, groupAccountId);
        long applications = members.stream().map(ConnectionRecord::applicationId).distinct()
                .count();
        if (applications != 1) {
            return Optional.empty();
        }
        ConnectionRecord first = members.get(0);
        return vault.credentials(first.connectionId())
                .map(secrets -> endpointOf(first, secrets));
    }

    /** Forgets that no connection claimed an account, once one does. */
    void forgetAccount(Platform platform, String externalAccountId) {
        byAccount.remove(platform.wireName() + ":" + externalAccountId);
    }

    void forget(UUID connectionId) {
        cache.remove(connectionId);
        byAccount.values().removeIf(cached -> cached.endpoint()
                .filter(endpoint -> endpoint.connectionId().equals(connectionId)).isPresent());
    }

    private Optional<WebhookEndpoint> load(UUID connectionId) {
        return vault.find(connectionId)
                .filter(connection -> !connection.disconnected())
                .flatMap(connection -> vault.credentials(connectionId)
                        .map(secrets -> endpointOf(connection, secrets)));
    }

    private static WebhookEndpoint endpointOf(
            ConnectionRecord connection, io.outeract.contract.common.Credentials secrets) {
        return new WebhookEndpoint(connection.connectionId(), connection.applicationId(),
                connection.platform(), connection.externalAccountId(), secrets);
    }
}
