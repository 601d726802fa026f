package io.outeract.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the JWTs of our own admin accounts (HS256). Tokens of an external issuer
 * are checked by {@link ExternalAdminTokens} instead.
 */
@Component
public class AdminTokens {

    static final String ISSUER = "outeract";
    static final String OPERATOR_CLAIM = "operator";
    private static final Logger log = LoggerFactory.getLogger(AdminTokens.class);

    private final byte[] secret;
    private final Duration lifetime;
    private final Clock clock;

    AdminTokens(@Value("${outeract.admin.jwt-secret:}") String configuredSecret,
            @Value("${outeract.admin.token-lifetime:8h}") Duration lifetime, Clock clock) {
        this.secret = secretFrom(configuredSecret);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedToken issue(UUID adminId, boolean operator) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(adminId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(OPERATOR_CLAIM, operator)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("The admin token could not be signed", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt);
    }

    /** The admin of a token we issued; empty when the token is not one of ours. */
    Optional<AdminCaller> verify(SignedJWT jwt) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer())) {
                return Optional.empty();
            }
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(secret))) {
                throw new AuthenticationFailedException("The admin token's signature is invalid");
            }
            requireUnexpired(claims);
            boolean operator = Boolean.TRUE.equals(claims.getBooleanClaim(OPERATOR_CLAIM));
            return Optional.of(new AdminCaller(UUID.fromString(claims.getSubject()),
                    claims.getSubject(), operator));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw new AuthenticationFailedException("The admin token is malformed");
        }
    }

    private void requireUnexpired(JWTClaimsSet claims) {
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
            throw new AuthenticationFailedException("The admin token has expired; log in again");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(clock.instant())) {
            throw new AuthenticationFailedException("The admin token is not valid yet");
        }
    }

    private static byte[] secretFrom(String configured) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException(
                        "outeract.admin.jwt-secret must be at least 32 bytes long");
            }
            return bytes;
        }
        log.warn("outeract.admin.jwt-secret is not set: admin tokens are signed with a random "
                + "key and stop working when this server restarts or on another instance.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encode(random);
    }

    /** A signed token and when it expires. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
