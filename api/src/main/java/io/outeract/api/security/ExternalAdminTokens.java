package io.outeract.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Accepts admin tokens of an external identity provider, when {@code
 * outeract.admin.external-issuer.issuer} and {@code .jwks-url} are set: RS256 or ES256 signed,
 * unexpired, with that issuer (and audience, if configured). The admin's id is derived from the
 * issuer and subject, so the same person is the same admin on every sign-in.
 */
@Component
class ExternalAdminTokens {

    private final String issuer;
    private final DefaultJWTProcessor<SecurityContext> processor;

    ExternalAdminTokens(@Value("${outeract.admin.external-issuer.issuer:}") String issuer,
            @Value("${outeract.admin.external-issuer.jwks-url:}") String jwksUrl,
            @Value("${outeract.admin.external-issuer.audience:}") String audience) {
        this.issuer = issuer;
        this.processor = issuer.isBlank() || jwksUrl.isBlank()
                ? null : processorFor(issuer, jwksUrl, audience);
    }

    Optional<AdminCaller> verify(SignedJWT jwt) {
        if (processor == null) {
            return Optional.empty();
        }
        try {
            if (!issuer.equals(jwt.getJWTClaimsSet().getIssuer())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = processor.process(jwt, null);
            String subject = claims.getSubject();
            UUID adminId = UUID.nameUUIDFromBytes(
                    ("external-admin:" + issuer + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return Optional.of(new AdminCaller(adminId, subject, false));
        } catch (Exception e) {
            throw new AuthenticationFailedException(
                    "The external admin token was refused: " + e.getMessage());
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processorFor(
            String issuer, String jwksUrl, String audience) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("outeract.admin.external-issuer.jwks-url is not a URL");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        JWTClaimsSet.Builder required = new JWTClaimsSet.Builder().issuer(issuer);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience.isBlank() ? null : audience, required.build(), Set.of("sub", "exp")));
        return processor;
    }
}
