package io.outeract.command.credentials;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault and the cipher of every secret at rest, keyed by the one encryption key. */
@Configuration(proxyBeanMethods = false)
class CredentialVaultConfiguration {

    @Bean
    CredentialCipher credentialCipher(
            @Value("${outeract.credentials.encryption-key:}") String key) {
        return new CredentialCipher(key);
    }

    @Bean
    CredentialVault credentialVault(JdbcTemplate jdbc, ObjectMapper json, CredentialCipher cipher) {
        return new CredentialVault(jdbc, cipher, json);
    }
}
