package io.parley.infrastructure.persistence;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public boolean isActive(String username) {
        // native for the same reason as panelCandidates: H2 refuses a bound boolean compared with a boolean column
        return !em.createNativeQuery("select 1 from app_user where username = ? and active = true")
                .setParameter(1, username)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
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
}
