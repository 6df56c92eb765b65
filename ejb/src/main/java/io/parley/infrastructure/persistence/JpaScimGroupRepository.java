package io.parley.infrastructure.persistence;

import io.parley.domain.model.user.ScimGroup;
import io.parley.domain.model.user.ScimGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SCIM groups in the relational database (tables scim_group, scim_group_member). */
@ApplicationScoped
public class JpaScimGroupRepository implements ScimGroupRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<ScimGroup> find(String id) {
        return Optional.ofNullable(em.find(ScimGroup.class, id));
    }

    @Override
    public Optional<ScimGroup> findByDisplayName(String displayName) {
        return em
                .createQuery("select g from ScimGroup g where g.displayName = :name", ScimGroup.class)
                .setParameter("name", displayName)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<ScimGroup> page(int offset, int count) {
        return em.createQuery("select g from ScimGroup g order by g.id", ScimGroup.class)
                .setFirstResult(offset)
                .setMaxResults(count)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(g) from ScimGroup g", Long.class).getSingleResult();
    }

    @Override
    public Map<String, Set<String>> groupNamesOf(Collection<String> usernames) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        usernames.forEach(username -> names.put(username, new TreeSet<>()));
        if (usernames.isEmpty()) {
            return names;
        }
        em.createQuery("select m, g.displayName from ScimGroup g join g.members m where m in :names", Object[].class)
                .setParameter("names", usernames)
                .getResultList()
                .forEach(row -> names.get((String) row[0]).add((String) row[1]));
        return names;
    }

    @Override
    public Map<String, Map<String, String>> groupsOf(Collection<String> usernames) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        usernames.forEach(username -> groups.put(username, new LinkedHashMap<>()));
        if (usernames.isEmpty()) {
            return groups;
        }
        em.createQuery(
                        "select m, g.id, g.displayName from ScimGroup g join g.members m where m in :names"
                                + " order by g.id",
                        Object[].class)
                .setParameter("names", usernames)
                .getResultList()
                .forEach(row -> groups.get((String) row[0]).put((String) row[1], (String) row[2]));
        return groups;
    }

    @Override
    public Map<String, Set<String>> membersOf(Collection<String> groupIds) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        groupIds.forEach(id -> members.put(id, new TreeSet<>()));
        if (groupIds.isEmpty()) {
            return members;
        }
        em.createQuery("select g.id, m from ScimGroup g join g.members m where g.id in :ids", Object[].class)
                .setParameter("ids", groupIds)
                .getResultList()
                .forEach(row -> members.get((String) row[0]).add((String) row[1]));
        return members;
    }

    @Override
    public int leaveAll(String username) {
        return em.createNativeQuery("delete from scim_group_member where username = ?")
                .setParameter(1, username)
                .executeUpdate();
    }

    @Override
    public void store(ScimGroup group) {
        if (em.find(ScimGroup.class, group.id()) == null) {
            em.persist(group);
        }
    }

    @Override
    public void remove(ScimGroup group) {
        em.remove(group);
    }
}
