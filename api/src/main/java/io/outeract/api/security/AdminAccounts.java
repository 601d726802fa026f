package io.outeract.api.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The admin accounts, found by their email. */
public interface AdminAccounts extends JpaRepository<AdminAccount, UUID> {

    Optional<AdminAccount> findByEmailIgnoreCase(String email);
}
