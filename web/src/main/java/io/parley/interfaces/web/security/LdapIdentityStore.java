package io.parley.interfaces.web.security;

import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.IdentitySource;
import io.parley.infrastructure.identity.LdapDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code parley.identity=ldap}: checks the login form's user name and password against the company's directory
 * ({@link LdapDirectory}) and hands what the directory says about the person to {@link SignInGate} through the
 * {@link SignInAttempt}. The groups it returns are the directory's; the gate turns them into Parley's roles.
 */
@ApplicationScoped
@ForIdentity(IdentitySource.LDAP)
public class LdapIdentityStore implements IdentityStore {

    @Inject
    private LdapDirectory directory;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<DirectoryProfile> person =
                directory.authenticate(password.getCaller(), password.getPasswordAsString());
        if (person.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempt.profile(person.get());
        return new CredentialValidationResult(
                person.get().username(), person.get().groups());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public int priority() {
        return 10;
    }
}
