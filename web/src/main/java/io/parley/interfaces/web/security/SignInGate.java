package io.parley.interfaces.web.security;

import io.parley.application.user.SignInOutcome;
import io.parley.application.user.SignIns;
import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.SignInPolicy;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every credential any mechanism checks passes here (the container's identity store handler, replaced): the identity
 * stores validate it in their priority order as Jakarta Security's own handler does, then a person's sign-in goes
 * through {@link SignIns}, which creates or updates them from the directory and gives the groups the container
 * sees: Parley's role names only, never the directory's own group names. A valid password or token of someone
 * retired or without a Parley role still validates (no "wrong password" for a right one), with no group at all;
 * {@link SignedInSessions} then shows the no-access page. API tokens are checked by their store alone.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInGate implements IdentityStoreHandler {

    @Inject
    @Any
    private Instance<IdentityStore> stores;

    @Inject
    @Any
    private Instance<DirectoryProfiles> profiles;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private SignInPolicy policy;

    @EJB
    private SignIns signIns;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        CredentialValidationResult validated = validateWithStores(credential);
        if (validated.getStatus() != CredentialValidationResult.Status.VALID
                || credential instanceof BearerCredential) {
            return validated;
        }
        return admit(validated);
    }

    /**
     * Someone the identity source vouched for (the stores here, or Payara's OpenID Connect mechanism, which validates
     * with its own handler: {@link OpenIdMechanism}) becomes a Parley sign-in: created or updated from the directory,
     * with Parley's role names as their only groups, none when refused.
     */
    CredentialValidationResult admit(CredentialValidationResult validated) {
        String caller = validated.getCallerPrincipal().getName();
        SignInOutcome outcome =
                policy.localPasswords() ? signIns.localSignIn(caller) : signIns.directorySignIn(profileOf(validated));
        attempt.outcome(outcome);
        Set<String> groups = outcome.roles().stream().map(Role::groupName).collect(Collectors.toSet());
        return new CredentialValidationResult(validated.getCallerPrincipal(), groups);
    }

    private DirectoryProfile profileOf(CredentialValidationResult validated) {
        return attempt.profile()
                .or(() -> profiles.stream()
                        .map(source -> source.profileOf(validated))
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElseGet(() -> new DirectoryProfile(
                        validated.getCallerPrincipal().getName(), null, Optional.empty(), validated.getCallerGroups()));
    }

    /** Jakarta Security's own algorithm: the first store (by priority) that says VALID wins; INVALID if any said so. */
    private CredentialValidationResult validateWithStores(Credential credential) {
        List<IdentityStore> validating = stores.stream()
                .filter(store -> store.validationTypes().contains(ValidationType.VALIDATE))
                .sorted(Comparator.comparingInt(IdentityStore::priority))
                .toList();
        boolean invalid = false;
        for (IdentityStore store : validating) {
            CredentialValidationResult result = store.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return withProvidedGroups(store, result);
            }
            invalid |= result.getStatus() == CredentialValidationResult.Status.INVALID;
        }
        return invalid ? CredentialValidationResult.INVALID_RESULT : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult withProvidedGroups(
            IdentityStore validatingStore, CredentialValidationResult result) {
        Set<String> groups = new HashSet<>();
        if (validatingStore.validationTypes().contains(ValidationType.PROVIDE_GROUPS)) {
            groups.addAll(result.getCallerGroups());
        }
        stores.stream()
                .filter(store -> store.validationTypes().equals(Set.of(ValidationType.PROVIDE_GROUPS)))
                .forEach(store -> groups.addAll(store.getCallerGroups(result)));
        return new CredentialValidationResult(result.getCallerPrincipal(), groups);
    }
}
