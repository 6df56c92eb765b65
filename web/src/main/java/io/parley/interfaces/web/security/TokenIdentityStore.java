package io.parley.interfaces.web.security;

import io.parley.application.token.TokenAuthenticator;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/** Validates API bearer tokens; the user-password store (the database definition) handles the login form. */
@ApplicationScoped
public class TokenIdentityStore implements IdentityStore {

    @EJB
    private TokenAuthenticator tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tokens.authenticate(bearer.token())
                .map(identity -> new CredentialValidationResult(identity.caller(), identity.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public int priority() {
        return 20;
    }
}
