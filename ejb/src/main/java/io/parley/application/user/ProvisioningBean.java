package io.parley.application.user;

import io.parley.application.token.TokenIdentity;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.ScimGroup;
import io.parley.domain.model.user.ScimGroupRepository;
import io.parley.domain.model.user.SignInPolicy;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
@RolesAllowed(TokenIdentity.SCIM_GROUP)
public class ProvisioningBean implements Provisioning {

    private static final Logger LOG = Logger.getLogger(ProvisioningBean.class.getName());
    private static final String SAVE_FAILED = "scim.saveFailed";

    @Inject
    private UserRepository users;

    @Inject
    private ScimGroupRepository groups;

    @Inject
    private SignInPolicy policy;

    @Inject
    private UnitOfWork changes;

    @Override
    public ProvisionedUser createUser(UserData data) {
        Instant now = Instant.now();
        DirectoryProfile profile = profile(data);
        Optional<AppUser> known = users.find(profile.username());
        AppUser user;
        if (known.isPresent()) {
            user = known.get();
            if (user.scimId().isPresent() || user.roles().contains(Role.ATS)) {
                throw new DomainException("scim.user.taken", profile.username());
            }
            user.describe(profile.displayName(), profile.email());
            LOG.info(() -> "SCIM provisions the existing " + user.source() + " user " + user.username());
        } else {
            user = AppUser.fromDirectory(profile, IdentitySource.SCIM, policy.roles(), now);
            users.store(user);
            LOG.info(() -> "SCIM created " + user.username());
        }
        user.provisioned(UUID.randomUUID().toString(), data.externalId());
        activate(user, data.active(), now);
        changes.flush(SAVE_FAILED);
        return view(user);
    }

    @Override
    public Optional<ProvisionedUser> user(String id) {
        return users.findByScimId(id).map(this::view);
    }

    @Override
    public ProvisionedPage<ProvisionedUser> usersWhere(UserKey key, String value) {
        List<AppUser> found;
        if (key == UserKey.ID) {
            found = users.findByScimId(value).stream().toList();
        } else if (key == UserKey.USER_NAME) {
            found = users.find(value).filter(u -> u.scimId().isPresent()).stream()
                    .toList();
        } else {
            found = users.findProvisionedByExternalId(value);
        }
        List<ProvisionedUser> views = views(found);
        return new ProvisionedPage<>(views.size(), 1, views);
    }

    @Override
    public ProvisionedPage<ProvisionedUser> users(int startIndex, int count) {
        long total = users.countProvisioned();
        List<ProvisionedUser> page = count == 0 ? List.of() : views(users.provisioned(startIndex - 1, count));
        return new ProvisionedPage<>(total, startIndex, page);
    }

    @Override
    public ProvisionedUser replaceUser(String id, UserData data) {
        AppUser user = provisioned(id);
        if (!user.username().equalsIgnoreCase(data.userName().strip())) {
            throw new DomainException("scim.userName.immutable", user.username());
        }
        DirectoryProfile profile = profile(
                new UserData(user.username(), data.externalId(), data.displayName(), data.email(), data.active()));
        user.describe(profile.displayName(), profile.email());
        user.identifiedAs(data.externalId());
        activate(user, data.active(), Instant.now());
        changes.changed(user);
        changes.flush(SAVE_FAILED);
        return view(user);
    }

    @Override
    public void deleteUser(String id) {
        AppUser user = provisioned(id);
        int memberships = groups.leaveAll(user.username());
        if (memberships > 0) {
            user.regroup(Set.of(), policy.roles());
        }
        user.deprovision(Instant.now());
        changes.changed(user);
        changes.flush(SAVE_FAILED);
        LOG.info(() -> "SCIM deleted " + user.username() + ": retired, the account stays");
    }

    @Override
    public ProvisionedGroup createGroup(GroupData data) {
        Instant now = Instant.now();
        ScimGroup group = new ScimGroup(data.displayName(), data.externalId(), now);
        unique(group.displayName(), null);
        Set<String> joined = group.replaceMembers(usernames(data.memberIds()), now);
        groups.store(group);
        changes.flush(SAVE_FAILED);
        regroup(joined);
        return view(group, group.members());
    }

    @Override
    public Optional<ProvisionedGroup> group(String id) {
        return groups.find(id).map(g -> view(g, g.members()));
    }

    @Override
    public Optional<ProvisionedGroup> groupNamed(String displayName) {
        return groups.findByDisplayName(displayName.strip()).map(g -> view(g, g.members()));
    }

    @Override
    public ProvisionedPage<ProvisionedGroup> groups(int startIndex, int count) {
        long total = groups.count();
        List<ScimGroup> page = count == 0 ? List.of() : groups.page(startIndex - 1, count);
        Map<String, Set<String>> members =
                groups.membersOf(page.stream().map(ScimGroup::id).toList());
        Set<String> everyone = new HashSet<>();
        members.values().forEach(everyone::addAll);
        Map<String, String> ids = users.scimIds(everyone);
        Map<String, String> names = users.displayNames(everyone);
        List<ProvisionedGroup> views =
                page.stream().map(g -> view(g, members.get(g.id()), ids, names)).toList();
        return new ProvisionedPage<>(total, startIndex, views);
    }

    @Override
    public ProvisionedGroup replaceGroup(String id, GroupData data) {
        Instant now = Instant.now();
        ScimGroup group = groups.find(id).orElseThrow(() -> new DomainException("scim.group.notFound", id));
        String oldName = group.displayName();
        group.describe(data.displayName(), data.externalId(), now);
        unique(group.displayName(), group.id());
        Set<String> changed = new LinkedHashSet<>(group.replaceMembers(usernames(data.memberIds()), now));
        if (!oldName.equals(group.displayName())) {
            changed.addAll(group.members()); // a renamed group may give other roles
        }
        changes.changed(group);
        changes.flush(SAVE_FAILED);
        regroup(changed);
        return view(group, group.members());
    }

    @Override
    public void deleteGroup(String id) {
        ScimGroup group = groups.find(id).orElseThrow(() -> new DomainException("scim.group.notFound", id));
        Set<String> members = group.members();
        groups.remove(group);
        changes.flush(SAVE_FAILED);
        regroup(members);
    }

    /** Everyone in {@code usernames} gets the directory groups and roles of their SCIM groups now (bounded queries). */
    private void regroup(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return;
        }
        Map<String, Set<String>> names = groups.groupNamesOf(usernames);
        users.findAll(usernames).forEach((username, user) -> {
            user.regroup(names.getOrDefault(username, Set.of()), policy.roles());
            changes.changed(user);
        });
        changes.flush(SAVE_FAILED);
    }

    private void unique(String displayName, String exceptId) {
        groups.findByDisplayName(displayName)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw new DomainException("scim.group.taken", displayName);
                });
    }

    /** The usernames of the members' SCIM ids; an id that is no provisioned person is refused, naming it. */
    private List<String> usernames(List<String> memberIds) {
        Map<String, String> known = users.usernamesByScimId(new LinkedHashSet<>(memberIds));
        List<String> result = new ArrayList<>();
        for (String memberId : memberIds) {
            String username = known.get(memberId);
            if (username == null) {
                throw new DomainException("scim.member.unknown", memberId);
            }
            result.add(username);
        }
        return result;
    }

    private AppUser provisioned(String id) {
        return users.findByScimId(id).orElseThrow(() -> new DomainException("scim.user.notFound", id));
    }

    private static DirectoryProfile profile(UserData data) {
        return new DirectoryProfile(data.userName(), data.displayName(), Optional.ofNullable(data.email()), Set.of());
    }

    private static void activate(AppUser user, boolean active, Instant now) {
        if (active) {
            user.reactivate();
        } else {
            user.retire(now);
        }
    }

    private ProvisionedUser view(AppUser user) {
        return view(user, groups.groupsOf(List.of(user.username())).get(user.username()));
    }

    /** A page of people with their groups read in one query, not one per person. */
    private List<ProvisionedUser> views(List<AppUser> people) {
        Map<String, Map<String, String>> memberships =
                groups.groupsOf(people.stream().map(AppUser::username).toList());
        return people.stream()
                .map(user -> view(user, memberships.get(user.username())))
                .toList();
    }

    private static ProvisionedUser view(AppUser user, Map<String, String> memberships) {
        UserData data = new UserData(
                user.username(),
                user.externalId().orElse(null),
                user.displayName(),
                user.email().orElse(null),
                user.active());
        return new ProvisionedUser(
                user.scimId().orElseThrow(), data, memberships, user.createdAt().orElse(null), user.version());
    }

    private ProvisionedGroup view(ScimGroup group, Set<String> members) {
        return view(group, members, users.scimIds(members), users.displayNames(members));
    }

    private static ProvisionedGroup view(
            ScimGroup group, Set<String> members, Map<String, String> ids, Map<String, String> names) {
        List<ProvisionedGroup.Member> list = members.stream()
                .filter(ids::containsKey)
                .map(username -> new ProvisionedGroup.Member(ids.get(username), names.getOrDefault(username, username)))
                .toList();
        return new ProvisionedGroup(
                group.id(),
                group.displayName(),
                group.externalId().orElse(null),
                list,
                group.createdAt(),
                group.modifiedAt(),
                group.version());
    }
}
