package io.outeract.api.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An admin who signs in with an email and a password; only the password's hash is kept. */
@Entity
@Table(name = "admin_account")
public class AdminAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean operator;

    protected AdminAccount() {
    }

    public AdminAccount(UUID id, String email, String passwordHash, Instant createdAt) {
        this(id, email, passwordHash, createdAt, false);
    }

    /** An operator may also see every tenant's dead letters and rebuild projections. */
    public AdminAccount(
            UUID id, String email, String passwordHash, Instant createdAt, boolean operator) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.operator = operator;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean operator() {
        return operator;
    }
}
