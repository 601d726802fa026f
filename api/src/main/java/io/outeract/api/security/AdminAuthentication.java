package io.outeract.api.security;

import com.nimbusds.jwt.SignedJWT;
import io.outeract.contract.common.RequestOrigin;
import java.text.ParseException;
import org.springframework.stereotype.Component;

/** Finds the admin behind an {@code Authorization: Bearer <jwt>} header. */
@Component
public class AdminAuthentication {

    private final AdminTokens ownTokens;
    private final ExternalAdminTokens externalTokens;
    private final AdminAccounts accounts;

    AdminAuthentication(AdminTokens ownTokens, ExternalAdminTokens externalTokens,
            AdminAccounts accounts) {
        this.ownTokens = ownTokens;
        this.externalTokens = externalTokens;
        this.accounts = accounts;
    }

    public AdminCaller authenticate(String authorizationHeader) {
        SignedJWT jwt = parse(BearerTokens.from(authorizationHeader));
        AdminCaller admin = ownTokens.verify(jwt)
                .map(this::requireExistingAccount)
                .or(() -> externalTokens.verify(jwt))
                .orElseThrow(() -> new AuthenticationFailedException(
                        "The admin token's issuer is not trusted"));
        RequestOrigin.identifyCaller("admin:" + admin.adminId());
        return admin;
    }

    /** A token outlives nothing: an account that was removed signs in no more. */
    private AdminCaller requireExistingAccount(AdminCaller admin) {
        if (!accounts.existsById(admin.adminId())) {
            throw new AuthenticationFailedException("The admin token's account no longer exists");
        }
        return admin;
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("The admin token is not a signed JWT");
        }
    }
}
