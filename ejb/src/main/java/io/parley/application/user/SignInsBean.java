package io.parley.application.user;

import io.parley.domain.model.user.ActiveUser;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.SignInPolicy;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
@PermitAll
public class SignInsBean implements SignIns {

    private static final Logger LOG = Logger.getLogger(SignInsBean.class.getName());

    @Inject
    private UserRepository users;

    @Inject
    private SignInPolicy policy;

    public SignInsBean() {
        // for the EJB container
    }

    /** For tests outside the container. */
    SignInsBean(UserRepository users, SignInPolicy policy) {
        this.users = users;
        this.policy = policy;
    }

    @Override
    public SignInOutcome directorySignIn(DirectoryProfile profile) {
        if (policy.localPasswords()) {
            throw new IllegalStateException("parley.identity is database: no directory signs people in");
        }
        Instant now = Instant.now();
        Optional<AppUser> known = users.find(profile.username());
        AppUser user;
        if (known.isEmpty()) {
            user = AppUser.fromDirectory(profile, policy.source(), policy.roles(), now);
            if (!user.hasAccess()) {
                LOG.info(() -> "sign-in refused: " + profile.username() + " is in no Parley group");
                return SignInOutcome.noAccess(); // nobody is created for a person who may not use Parley
            }
            users.store(user);
            LOG.info(() -> "first sign-in of " + profile.username() + " through " + policy.source());
        } else {
            user = known.get();
            if (user.source() == IdentitySource.LOCAL) {
                // the same user name in the company's directory: the account moves to it, history and all
                LOG.info(() -> "the local account " + profile.username() + " now follows " + policy.source());
                user.adoptedBy(policy.source());
            }
            if (user.source() != IdentitySource.SCIM) {
                user.update(profile, policy.roles());
            }
        }
        return admit(user, now);
    }

    @Override
    public SignInOutcome localSignIn(String username) {
        return users.find(username)
                .filter(user -> user.source() == IdentitySource.LOCAL)
                .map(user -> admit(user, Instant.now()))
                .orElseGet(SignInOutcome::noAccess);
    }

    private SignInOutcome admit(AppUser user, Instant now) {
        if (!user.active()) {
            LOG.info(() -> "sign-in refused: " + user.username() + " is retired");
            return SignInOutcome.retired();
        }
        if (!user.hasAccess()) {
            LOG.info(() -> "sign-in refused: " + user.username() + " has no Parley role");
            return SignInOutcome.noAccess();
        }
        users.recordSignIn(user.username(), now);
        return SignInOutcome.admitted(user.roles());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ActiveUser> current(String username) {
        return users.findActive(username);
    }
}
