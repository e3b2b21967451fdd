package org.rapport.account;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who signs in. The password is only ever held as a hash. */
@Entity
@Table(name = "app_user")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean active;
    private Instant createdAt;

    protected UserAccount() {
    }

    private UserAccount(Username username, DisplayName displayName, String passwordHash, Role role, Instant now) {
        this.username = username.value();
        this.displayName = displayName.value();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.active = true;
        this.createdAt = now;
    }

    public static UserAccount register(Username username, DisplayName displayName, String passwordHash, Role role,
                                       Instant now) {
        return new UserAccount(username, displayName, passwordHash, role, now);
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void changeRole(Role newRole) {
        role = Objects.requireNonNull(newRole);
    }

    public boolean can(Role... roles) {
        if (!active) {
            return false;
        }
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
