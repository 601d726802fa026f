package io.outeract.api.security;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/login}: an admin's email and password in, a JWT for the Admin API out. */
@RestController
class AdminLoginController {

    private static final Logger log = LoggerFactory.getLogger(AdminLoginController.class);

    private final AdminAccounts accounts;
    private final PasswordHashing hashing;
    private final AdminTokens tokens;
    // Checked when the email is unknown, so a wrong email takes as long as a wrong password.
    private final String decoyHash;

    AdminLoginController(AdminAccounts accounts, PasswordHashing hashing, AdminTokens tokens) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.tokens = tokens;
        this.decoyHash = hashing.hash("decoy-password-that-matches-nothing");
    }

    record Login(String email, String password) {
    }

    @PostMapping("/admin/login")
    ResponseEntity<Map<String, Object>> login(@RequestBody Login login) {
        if (login == null || login.email() == null || login.password() == null) {
            return ResponseEntity.badRequest()
                    .body(Map.of("error", "Send an email and a password"));
        }

        Optional<AdminAccount> account = accounts.findByEmailIgnoreCase(login.email().strip());
        String hash = account.map(AdminAccount::passwordHash).orElse(decoyHash);
        boolean matches = hashing.matches(login.password(), hash) && account.isPresent();
        if (!matches) {
            log.info("A sign-in to the Admin API was refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of("error", "The email or the password is wrong"));
        }

        AdminAccount admin = account.get();
        AdminTokens.IssuedToken token = tokens.issue(admin.id(), admin.operator());
        return ResponseEntity.ok(Map.of("token", token.token(),
                "expiresAt", token.expiresAt().toString()));
    }
}
