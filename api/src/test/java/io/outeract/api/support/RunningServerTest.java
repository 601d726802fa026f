package io.outeract.api.support;

import io.outeract.api.OuteractServer;
import io.outeract.api.security.AdminAccount;
import io.outeract.api.security.AdminAccounts;
import io.outeract.api.security.PasswordHashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server on a random loopback port, on a fresh PostgreSQL database, with Telegram
 * played by {@link FakeTelegram}. One server serves every test class; tests keep apart by each
 * making its own tenant.
 */
@SpringBootTest(classes = OuteractServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningServerTest {

    protected static final FakeTelegram TELEGRAM = new FakeTelegram();
    protected static final FakeMeta META = new FakeMeta();
    protected static final FakeChannels CHANNELS = new FakeChannels();
    /** The secrets of the Meta apps that signed the WhatsApp, Messenger and Instagram fixtures. */
    protected static final String META_APP_SECRETS = "4f2a9c7e1b3d5f608192a3b4c5d6e7f8,"
            + "9b8a7c6d5e4f30211203a4b5c6d7e8f9,c41d7e0a9b2f486e8d3a5c1f0e7b9a26";
    protected static final String META_VERIFY_TOKEN = "a-verify-token-typed-in-the-dashboard";
    private static final String DATABASE_URL = TestDatabase.recreate("outeract_api_test");

    @LocalServerPort
    private int port;

    @Autowired
    private AdminAccounts accounts;

    @Autowired
    private PasswordHashing hashing;

    protected Outeract outeract;

    @DynamicPropertySource
    static void serverSettings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE_URL);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("outeract.credentials.encryption-key",
                () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        registry.add("outeract.admin.jwt-secret",
                () -> "a-test-signing-secret-of-32-bytes-at-least");
        registry.add("outeract.admin.email", () -> Outeract.ADMIN_EMAIL);
        registry.add("outeract.admin.password", () -> Outeract.ADMIN_PASSWORD);
        registry.add("outeract.platforms.telegram.base-url", TELEGRAM::baseUrl);
        registry.add("outeract.public-base-url", () -> "https://hooks.outeract.test");
        registry.add("outeract.sending.first-backoff", () -> "200ms");
        registry.add("outeract.platforms.meta.base-url", META::baseUrl);
        registry.add("outeract.platforms.instagram.base-url", META::baseUrl);
        registry.add("outeract.meta.app-secrets", () -> META_APP_SECRETS);
        registry.add("outeract.platforms.slack.base-url", CHANNELS::slackBaseUrl);
        registry.add("outeract.platforms.twilio.base-url", CHANNELS::twilioBaseUrl);
        registry.add("outeract.platforms.discord.base-url", CHANNELS::discordBaseUrl);
        registry.add("outeract.meta.verify-token", () -> META_VERIFY_TOKEN);
        registry.add("outeract.files.directory", RunningServerTest::filesDirectory);
        registry.add("outeract.files.download-retry-pause", () -> "50ms");
        // Messenger and Instagram media live on Meta's CDN, whose URLs the fixtures name: only
        // WhatsApp's, fetched through the fake Graph API, may be downloaded here.
        registry.add("outeract.files.download-platforms", () -> "whatsapp");
        // Webhook receivers are MockWebServers on loopback, over plain http; retries come fast.
        registry.add("outeract.webhooks.allowed-networks", () -> "127.0.0.0/8");
        registry.add("outeract.webhooks.allow-plain-http", () -> "true");
        registry.add("outeract.webhooks.retry-schedule", () -> "0s,200ms,200ms,200ms");
        registry.add("outeract.webhooks.timeout", () -> "5s");
    }

    private static String filesDirectory() {
        try {
            return Files.createTempDirectory("outeract-files-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void connectToServer() {
        outeract = new Outeract(port);
    }

    /** A JWT of a new admin who belongs to no organisation yet. */
    protected String newAdminToken() {
        String email = "admin-" + UUID.randomUUID() + "@outeract.test";
        accounts.save(new AdminAccount(UUID.randomUUID(), email,
                hashing.hash("another-long-password"), Instant.now()));
        return outeract.login(email, "another-long-password").body().path("token").asText();
    }

    /** A webhook URL as the platform would call it: the public address mapped to loopback. */
    protected String localWebhookUrl(Tenant tenant) {
        return tenant.webhookUrl().replace("https://hooks.outeract.test", outeract.baseUrl());
    }
}
