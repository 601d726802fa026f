package io.outeract.api.support;

import io.outeract.api.OuteractServer;
import io.outeract.api.security.AdminAccount;
import io.outeract.api.security.AdminAccounts;
import io.outeract.api.security.PasswordHashing;
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
