package io.parley.interfaces.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an {@code Authorization: Bearer} header. */
public record BearerCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerCredential[***]";
    }
}
