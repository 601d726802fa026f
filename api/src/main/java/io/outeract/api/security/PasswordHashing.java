package io.outeract.api.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/** Argon2id, with the parameters Spring Security recommends for version 5.8 and later. */
@Component
public class PasswordHashing {

    static final int MIN_LENGTH = 12;

    private final Argon2PasswordEncoder encoder =
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "An admin password needs at least " + MIN_LENGTH + " characters");
        }
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }
}
