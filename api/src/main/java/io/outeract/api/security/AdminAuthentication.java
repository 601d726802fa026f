package io.outeract.api.security;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.springframework.stereotype.Component;

/** Finds the admin behind an {@code Authorization: Bearer <jwt>} header. */
@Component
public class AdminAuthentication {

    private final AdminTokens ownTokens;
    private final ExternalAdminTokens externalTokens;

    AdminAuthentication(AdminTokens ownTokens, ExternalAdminTokens externalTokens) {
        this.ownTokens = ownTokens;
        this.externalTokens = externalTokens;
    }

    public AdminCaller authenticate(String authorizationHeader) {
        SignedJWT jwt = parse(BearerTokens.from(authorizationHeader));
        return ownTokens.verify(jwt)
                .or(() -> externalTokens.verify(jwt))
                .orElseThrow(() -> new AuthenticationFailedException(
                        "The admin token's issuer is not trusted"));
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("The admin token is not a signed JWT");
        }
    }
}
