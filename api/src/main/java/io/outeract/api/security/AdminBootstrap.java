package io.outeract.api.security;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code outeract.admin.email} and {@code outeract.admin.password}
 * when no account has that email yet. There is no built-in default password: without both
 * settings nobody is created, and the log says how to create one. The first admin is an
 * operator: it may also see dead letters and rebuild projections.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminAccounts accounts;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final String email;
    private final String password;

    AdminBootstrap(AdminAccounts accounts, PasswordHashing hashing, Clock clock,
            @Value("${outeract.admin.email:}") String email,
            @Value("${outeract.admin.password:}") String password) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (email.isBlank() || password.isBlank()) {
            if (accounts.count() == 0) {
                log.warn("No admin account exists. Set OUTERACT_ADMIN_EMAIL and "
                        + "OUTERACT_ADMIN_PASSWORD and restart to create the first one.");
            }
            return;
        }
        if (accounts.findByEmailIgnoreCase(email.strip()).isPresent()) {
            return;
        }

        accounts.save(new AdminAccount(UUID.randomUUID(), email.strip(), hashing.hash(password),
                clock.instant(), true));
        log.info("Created the admin account {}, an operator", email.strip());
    }
}
