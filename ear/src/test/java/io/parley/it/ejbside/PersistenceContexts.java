package io.parley.it.ejbside;

import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

/** Test access to the persistence unit: counts, and forgetting what the server holds (cache and context). */
@Stateless
@PermitAll
public class PersistenceContexts {

    @PersistenceUnit(unitName = "parley")
    private EntityManagerFactory emf;

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Inject
    private KitRepository kits;

    /** Stores {@code entities} in a transaction of its own: test data such as read records of a given reader. */
    public void persist(Object... entities) {
        for (Object entity : entities) {
            em.persist(entity);
        }
    }

    /** The count of a {@code select count(...)} JPQL query with named parameters (name, value, ...). */
    public long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query.getSingleResult();
    }

    /**
     * Runs a native SQL update with positional parameters, after writing what the caller's transaction holds; for
     * test data no service may produce (an inactive user, as an identity store sync leaves a leaver).
     */
    public int nativeUpdate(String sql, Object... parameters) {
        em.flush();
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The kit repository's pinned version, read in a transaction of its own as the services read it. */
    public PinnedKit pinned(KitId id) {
        return kits.pinned(id).orElseThrow();
    }

    public void clearAll() {
        em.clear();
        emf.getCache().evictAll();
    }
}
