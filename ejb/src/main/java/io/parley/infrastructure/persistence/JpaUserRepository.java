package io.parley.infrastructure.persistence;

import io.parley.domain.model.user.ActiveUser;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PanelPerson;
import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.model.user.PersonRow;
import io.parley.domain.model.user.PersonStatus;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Users in the relational database (tables app_user, app_user_role). */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<AppUser> find(String username) {
        return Optional.ofNullable(em.find(AppUser.class, username));
    }

    @Override
    public Map<String, String> panelCandidates(String search, int limit) {
        // A contains-search cannot use an index; the user table is the company's staff, thousands of rows at most.
        // Native SQL because EclipseLink's H2 platform binds a boolean parameter as 1, which H2 2.x refuses to
        // compare with a boolean column; "active = true" reads the same on H2 and PostgreSQL.
        // The condition is AppUser.maySitOnPanel in SQL (active, a role besides ats), which the service checks again.
        String pattern = Like.containing(search);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.username, u.display_name from app_user u"
                        + " where u.active = true"
                        + " and (lower(u.username) like ? escape '\\' or lower(u.display_name) like ? escape '\\')"
                        + " and exists (select 1 from app_user_role r where r.username = u.username and r.role_name <> ?)"
                        + " order by u.display_name, u.username")
                .setParameter(1, pattern)
                .setParameter(2, pattern)
                .setParameter(3, Role.ATS.groupName())
                .setMaxResults(limit)
                .getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return Collections.unmodifiableMap(names);
    }

    @Override
    public Map<String, AppUser> findAll(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select u from AppUser u where u.username in :names", AppUser.class)
                .setParameter("names", usernames)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(AppUser::username, u -> u));
    }

    @Override
    public Optional<ActiveUser> findActive(String username) {
        // native for the same reason as panelCandidates: H2 refuses a bound boolean compared with a boolean column;
        // one row per role, one row with no role for someone HR took every role from
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.display_name, r.role_name from app_user u"
                        + " left join app_user_role r on r.username = u.username"
                        + " where u.username = ? and u.active = true")
                .setParameter(1, username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        rows.stream().map(row -> (String) row[1]).filter(Objects::nonNull).forEach(names::add);
        return Optional.of(new ActiveUser(username, (String) rows.get(0)[0], roleSet(names)));
    }

    @Override
    public void recordSignIn(String username, Instant at) {
        // a bulk update: no version check and no version bump, so it never conflicts with HR editing the person
        em.createQuery("update AppUser u set u.lastSignInAt = :at where u.username = :username")
                .setParameter("at", at)
                .setParameter("username", username)
                .executeUpdate();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    @Override
    public Optional<AppUser> findByScimId(String scimId) {
        return em
                .createQuery("select u from AppUser u where u.scimId = :id", AppUser.class)
                .setParameter("id", scimId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<AppUser> findProvisionedByExternalId(String externalId) {
        return em.createQuery(
                        "select u from AppUser u where u.externalId = :id and u.scimId is not null order by u.scimId",
                        AppUser.class)
                .setParameter("id", externalId)
                .setMaxResults(100)
                .getResultList();
    }

    @Override
    public List<AppUser> provisioned(int offset, int count) {
        return em.createQuery("select u from AppUser u where u.scimId is not null order by u.scimId", AppUser.class)
                .setFirstResult(offset)
                .setMaxResults(count)
                .getResultList();
    }

    @Override
    public long countProvisioned() {
        return em.createQuery("select count(u) from AppUser u where u.scimId is not null", Long.class)
                .getSingleResult();
    }

    @Override
    public Map<String, String> usernamesByScimId(Collection<String> scimIds) {
        if (scimIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select u.scimId, u.username from AppUser u where u.scimId in :ids", Object[].class)
                .setParameter("ids", scimIds)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    @Override
    public Map<String, String> scimIds(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> ids = new LinkedHashMap<>();
        em.createQuery(
                        "select u.username, u.scimId from AppUser u where u.username in :names and u.scimId is not null",
                        Object[].class)
                .setParameter("names", usernames)
                .getResultList()
                .forEach(row -> ids.put((String) row[0], (String) row[1]));
        return ids;
    }

    @Override
    public void store(AppUser user) {
        if (em.find(AppUser.class, user.username()) == null) {
            em.persist(user);
        }
    }

    @Override
    public Page<PersonRow> search(PeopleSearch search) {
        // Native SQL for the filters (a boolean literal instead of a bound boolean, see panelCandidates; the role as an
        // exists on app_user_role_name_ix), then the page's rows, roles and groups by username: five statements.
        StringBuilder where = new StringBuilder(" from app_user u where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!search.text().isEmpty()) {
            String pattern = Like.containing(search.text());
            where.append(" and (lower(u.username) like ? escape '\\' or lower(u.display_name) like ? escape '\\')");
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (search.status() != null) {
            where.append(search.status() == PersonStatus.ACTIVE ? " and u.active = true" : " and u.active = false");
        }
        if (search.source() != null) {
            where.append(" and u.source = ?");
            parameters.add(search.source().name());
        }
        if (search.role() != null) {
            where.append(
                    " and exists (select 1 from app_user_role r where r.username = u.username and r.role_name = ?)");
            parameters.add(search.role().groupName());
        }
        Query count = em.createNativeQuery("select count(*)" + where);
        // limit and offset in the SQL itself (the same on H2 and PostgreSQL): EclipseLink's maxRows on a native query
        // meets H2's check that the pool's fetch size is not larger
        Query page = em.createNativeQuery(
                "select u.username" + where + " order by u.display_name, u.username limit ? offset ?");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            page.setParameter(i + 1, parameters.get(i));
        }
        page.setParameter(parameters.size() + 1, search.limit());
        page.setParameter(parameters.size() + 2, search.offset());
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> usernames = page.getResultList();
        return new Page<>(rows(usernames), total, search.offset(), search.limit());
    }

    /** The rows of {@code usernames}, in that order: the users' columns, their roles and their groups. */
    private List<PersonRow> rows(List<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> columns = new HashMap<>();
        em.createQuery(
                        "select u.username, u.displayName, u.email, u.source, u.active, u.lastSignInAt, u.retiredAt,"
                                + " u.lockVersion from AppUser u where u.username in :names",
                        Object[].class)
                .setParameter("names", usernames)
                .getResultList()
                .forEach(row -> columns.put((String) row[0], row));
        Map<String, Set<Role>> roles = new HashMap<>();
        pairs("select username, role_name from app_user_role", usernames)
                .forEach((username, names) -> roles.put(username, roleSet(names)));
        Map<String, Set<String>> groups = pairs("select username, group_name from app_user_group", usernames);
        List<PersonRow> rows = new ArrayList<>();
        for (String username : usernames) {
            Object[] row = columns.get(username);
            if (row == null) {
                continue; // deleted between the two statements
            }
            rows.add(new PersonRow(
                    username,
                    (String) row[1],
                    (String) row[2],
                    (IdentitySource) row[3],
                    (Boolean) row[4],
                    (Instant) row[5],
                    (Instant) row[6],
                    ((Number) row[7]).longValue(),
                    roles.getOrDefault(username, Set.of()),
                    groups.getOrDefault(username, Set.of())));
        }
        return rows;
    }

    /** The second column of {@code select} (username, value) for {@code usernames}, grouped by username. */
    private Map<String, Set<String>> pairs(String select, List<String> usernames) {
        String placeholders = String.join(", ", Collections.nCopies(usernames.size(), "?"));
        Query query = em.createNativeQuery(select + " where username in (" + placeholders + ")");
        for (int i = 0; i < usernames.size(); i++) {
            query.setParameter(i + 1, usernames.get(i));
        }
        Map<String, Set<String>> values = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row ->
                values.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]));
        return values;
    }

    private static Set<Role> roleSet(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.groupName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Override
    public Map<String, PanelPerson> panelPeople(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, PanelPerson> people = new HashMap<>();
        em.createQuery(
                        "select u.username, u.displayName, u.active from AppUser u where u.username in :names",
                        Object[].class)
                .setParameter("names", usernames)
                .getResultList()
                .forEach(row -> people.put(
                        (String) row[0], new PanelPerson((String) row[0], (String) row[1], (Boolean) row[2])));
        return Map.copyOf(people);
    }
}
