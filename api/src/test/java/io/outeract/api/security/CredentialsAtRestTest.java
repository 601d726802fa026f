package io.outeract.api.security;

import static io.outeract.api.support.Outeract.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.outeract.api.support.RunningServerTest;
import io.outeract.api.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Secrets never reach the immutable event store, the read models or an API answer. */
class CredentialsAtRestTest extends RunningServerTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theBotTokenAndWebhookSecretsAreStoredOnlyEncrypted() {
        Tenant tenant = outeract.newTenant();
        String tokenSecretPart = "AAHtestTokenTestTokenTestTokenTest12";
        String pathSecret = tenant.webhookUrl().substring(tenant.webhookUrl().lastIndexOf('/') + 1);

        List<String> secrets = List.of(tokenSecretPart, pathSecret, tenant.webhookSecretToken(),
                tenant.apiKey().substring(tenant.apiKey().lastIndexOf('_') + 1));
        for (String secret : secrets) {
            assertThat(count("SELECT count(*) FROM domain_event_entry WHERE position(? IN "
                    + "convert_from(payload, 'UTF8')) > 0", secret)).isZero();
            assertThat(count("SELECT count(*) FROM connection_credential WHERE position(? IN "
                    + "encode(sealed_values, 'escape')) > 0", secret)).isZero();
        }
    }

    @Test
    void noApiAnswerShowsTheBotToken() {
        Tenant tenant = outeract.newTenant();

        String overview = data(outeract.admin("{ application(id: \"" + tenant.applicationId()
                + "\") { platformConnections { id externalAccountId displayName statusReason }"
                + " apiKeys { id name scopes } } }")).toString();
        String developerView = data(outeract.developer(tenant.apiKey(),
                "{ platformConnections { id externalAccountId displayName } }")).toString();

        assertThat(overview).doesNotContain("AAHtestToken").doesNotContain(tenant.apiKey());
        assertThat(developerView).doesNotContain("AAHtestToken");
        assertThat(new String(overview.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(tenant.webhookSecretToken());
    }

    private int count(String sql, String secret) {
        Integer count = jdbc.queryForObject(sql, Integer.class, secret);
        return count == null ? 0 : count;
    }
}
