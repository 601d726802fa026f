package io.outeract.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin tokens of an external identity provider, its keys served as a JWKS on loopback. */
class ExternalAdminTokensTest {

    private static final String ISSUER = "https://id.example.test/";

    private final MockWebServer identityProvider = new MockWebServer();
    private RSAKey signingKey;
    private ExternalAdminTokens tokens;

    @BeforeEach
    void givenAnIssuerWithAPublishedKey() throws JOSEException, IOException {
        signingKey = new RSAKeyGenerator(2048).keyID("key-1").generate();
        for (int i = 0; i < 5; i++) {
            identityProvider.enqueue(new MockResponse().setHeader("Content-Type",
                    "application/json").setBody(new JWKSet(signingKey.toPublicJWK()).toString()));
        }
        identityProvider.start();
        tokens = new ExternalAdminTokens(ISSUER,
                "http://127.0.0.1:" + identityProvider.getPort() + "/jwks.json", "outeract");
    }

    @AfterEach
    void stopIdentityProvider() throws IOException {
        identityProvider.shutdown();
    }

    @Test
    void acceptsAnUnexpiredTokenOfTheIssuerForOurAudience() throws JOSEException {
        AdminCaller admin = tokens.verify(token(ISSUER, "outeract", signingKey, 300)).orElseThrow();

        assertThat(admin.subject()).isEqualTo("alice");
        assertThat(tokens.verify(token(ISSUER, "outeract", signingKey, 300)).orElseThrow()
                .adminId()).isEqualTo(admin.adminId());
    }

    @Test
    void refusesAnExpiredToken() throws JOSEException {
        SignedJWT expired = token(ISSUER, "outeract", signingKey, -300);

        assertThatThrownBy(() -> tokens.verify(expired))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void refusesATokenForAnotherAudience() throws JOSEException {
        SignedJWT elsewhere = token(ISSUER, "another-service", signingKey, 300);

        assertThatThrownBy(() -> tokens.verify(elsewhere))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void refusesATokenSignedWithAKeyTheIssuerDidNotPublish() throws JOSEException {
        RSAKey forged = new RSAKeyGenerator(2048).keyID("key-1").generate();

        assertThatThrownBy(() -> tokens.verify(token(ISSUER, "outeract", forged, 300)))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void leavesTokensOfOtherIssuersToOthers() throws JOSEException {
        assertThat(tokens.verify(token("https://other.test/", "outeract", signingKey, 300)))
                .isEmpty();
    }

    private static SignedJWT token(String issuer, String audience, RSAKey key, long lifetime)
            throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("alice")
                .expirationTime(Date.from(Instant.now().plusSeconds(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }
}
