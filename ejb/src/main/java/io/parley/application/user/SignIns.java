package io.parley.application.user;

import io.parley.domain.model.user.ActiveUser;
import io.parley.domain.model.user.DirectoryProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Keeps Parley's people in step with whoever the identity source vouched for. Called by the authentication
 * mechanism before anyone is signed in.
 */
public interface SignIns {

    /**
     * The configured directory (LDAP or OpenID Connect) vouched for this person: creates them at their first sign-in,
     * takes name, e-mail, groups and roles from the directory at later ones, and says whether they get in. A person
     * provisioned by SCIM keeps the roles SCIM gave them.
     */
    SignInOutcome directorySignIn(@NotNull @Valid DirectoryProfile profile);

    /** The login form accepted a local user's password: records the sign-in and gives their roles. */
    SignInOutcome localSignIn(@NotBlank String username);

    /**
     * Who a session signed in earlier belongs to now: their name and roles as they are at this moment (changed on any
     * server, they count from the next request), empty from the moment the person is retired.
     */
    Optional<ActiveUser> current(@NotBlank String username);
}
