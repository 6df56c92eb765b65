package io.parley.infrastructure.persistence;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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
    public java.util.List<AppUser> panelCandidates() {
        // "active" is filtered here: EclipseLink's H2 platform writes a boolean as 1, which H2 2.x refuses
        return em.createQuery("select u from AppUser u where exists (select 1 from AppUser v join v.roles r"
                        + " where v = u and r <> :ats) order by u.displayName", AppUser.class)
                .setParameter("ats", io.parley.domain.model.user.Role.ATS.groupName())
                .setMaxResults(1000).getResultList().stream().filter(AppUser::active).toList();
    }

    @Override
    public java.util.Map<String, AppUser> findAll(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select u from AppUser u where u.username in :names", AppUser.class)
                .setParameter("names", usernames).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(AppUser::username, u -> u));
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    @Override
    public void store(AppUser user) {
        if (em.find(AppUser.class, user.username()) == null) {
            em.persist(user);
        }
    }
}
