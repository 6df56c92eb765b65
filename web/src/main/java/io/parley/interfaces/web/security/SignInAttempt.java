package io.parley.interfaces.web.security;

import io.parley.application.user.SignInOutcome;
import io.parley.domain.model.user.DirectoryProfile;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * One sign-in as it passes through the request that makes it: the profile the identity store read from the directory
 * (LDAP attributes, OpenID Connect claims), then what Parley made of it ({@link SignInGate}), which
 * {@link SignedInSessions} turns into a session or the no-access page.
 */
@RequestScoped
public class SignInAttempt {

    private DirectoryProfile profile;
    private SignInOutcome outcome;

    public void profile(DirectoryProfile profile) {
        this.profile = profile;
    }

    public Optional<DirectoryProfile> profile() {
        return Optional.ofNullable(profile);
    }

    void outcome(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    Optional<SignInOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
