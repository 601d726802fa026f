package io.outeract.command.credentials;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault, keyed by {@code outeract.credentials.encryption-key}. */
@Configuration(proxyBeanMethods = false)
class CredentialVaultConfiguration {

    @Bean
    CredentialVault credentialVault(JdbcTemplate jdbc, ObjectMapper json,
            @Value("${outeract.credentials.encryption-key:}") String key) {
        return new CredentialVault(jdbc, new CredentialCipher(key), json);
    }
}
