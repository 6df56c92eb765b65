package io.parley.interfaces.web.security;

import io.parley.domain.model.user.DirectoryProfile;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;

/**
 * Reads what the directory says about the person an identity store has just validated, for a store that cannot hand
 * it over through {@link SignInAttempt} itself (Payara's OpenID Connect store: the claims are in its context).
 */
public interface DirectoryProfiles {

    Optional<DirectoryProfile> profileOf(CredentialValidationResult validated);
}
