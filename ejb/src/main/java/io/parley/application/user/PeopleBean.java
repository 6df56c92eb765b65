package io.parley.application.user;

import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PasswordPolicy;
import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.model.user.PersonRow;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.SignInPolicy;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** The people page's transactions and checks; hr-admins only. */
@Stateless
@RolesAllowed(Role.HR_ADMIN_GROUP)
public class PeopleBean implements People {

    private static final Logger LOG = Logger.getLogger(PeopleBean.class.getName());
    private static final String SAVE_FAILED = "people.saveFailed";

    @Inject
    private UserRepository users;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private SignInPolicy policy;

    @Inject
    private UnitOfWork changes;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Validator validator;

    @Resource
    private SessionContext session;

    @Override
    public Page<PersonView> search(PeopleSearch search) {
        Page<PersonRow> rows = users.search(search);
        Map<String, Long> seats = interviews.openSeats(
                rows.items().stream().map(PersonRow::username).toList());
        List<PersonView> people = rows.items().stream()
                .map(row -> PersonView.of(row, policy.roles(), seats.getOrDefault(row.username(), 0L)))
                .toList();
        return new Page<>(people, rows.total(), rows.offset(), rows.limit());
    }

    @Override
    public PersonView person(String username) {
        return view(existing(username));
    }

    @Override
    public PersonView retire(String username, long expectedVersion) {
        if (username.equals(caller())) {
            throw new DomainException(RETIRE_SELF);
        }
        AppUser user = current(username, expectedVersion);
        user.retire(Instant.now());
        changes.flush(SAVE_FAILED);
        LOG.info(() -> caller() + " retired " + username);
        return view(user);
    }

    @Override
    public PersonView reactivate(String username, long expectedVersion) {
        AppUser user = current(username, expectedVersion);
        user.reactivate();
        changes.flush(SAVE_FAILED);
        LOG.info(() -> caller() + " reactivated " + username);
        return view(user);
    }

    @Override
    public boolean localPasswords() {
        return policy.localPasswords();
    }

    @Override
    public PersonView create(NewLocalUser draft) {
        requireLocalPasswords();
        // checked here as well as by the interface's constraints: the record's own constraints must hold whoever
        // calls, with or without the container's method validation
        Set<ConstraintViolation<NewLocalUser>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String username = draft.username().strip();
        if (draft.roles().contains(Role.ATS)) {
            throw new DomainException(ATS_ROLE);
        }
        if (users.find(username).isPresent()) {
            throw new DomainException(EXISTS, username);
        }
        PasswordPolicy.check(username, draft.password());
        AppUser user = new AppUser(
                username,
                draft.displayName(),
                draft.email(),
                passwordHash.generate(draft.password().toCharArray()),
                draft.roles());
        users.store(user);
        changes.flush(SAVE_FAILED);
        LOG.info(() -> caller() + " created the local user " + username);
        return view(user);
    }

    @Override
    public PersonView resetPassword(String username, long expectedVersion, String newPassword) {
        requireLocalPasswords();
        AppUser user = current(username, expectedVersion);
        if (user.source() != IdentitySource.LOCAL) {
            throw new DomainException(NOT_LOCAL, username);
        }
        PasswordPolicy.check(username, newPassword);
        user.changePassword(passwordHash.generate(newPassword.toCharArray()));
        changes.flush(SAVE_FAILED);
        LOG.info(() -> caller() + " reset the password of " + username);
        return view(user);
    }

    private void requireLocalPasswords() {
        if (!policy.localPasswords()) {
            throw new DomainException(LOCAL_ONLY);
        }
    }

    private AppUser existing(String username) {
        return users.find(username).orElseThrow(() -> new DomainException(NOT_FOUND, username));
    }

    /** The person if nobody changed them since the hr-admin read {@code expectedVersion}. */
    private AppUser current(String username, long expectedVersion) {
        AppUser user = existing(username);
        if (user.version() != expectedVersion) {
            throw new DomainException(STALE, username);
        }
        return user;
    }

    private PersonView view(AppUser user) {
        long seats = interviews.openSeats(List.of(user.username())).getOrDefault(user.username(), 0L);
        return PersonView.of(PersonRow.of(user), policy.roles(), seats);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
