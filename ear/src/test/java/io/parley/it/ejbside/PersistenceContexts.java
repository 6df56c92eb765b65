package io.parley.it.ejbside;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

/** Forgets everything the server holds of the entities: the shared cache and this transaction's context. */
@Stateless
@PermitAll
public class PersistenceContexts {

    @PersistenceUnit(unitName = "parley")
    private EntityManagerFactory emf;

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    public void clearAll() {
        em.clear();
        emf.getCache().evictAll();
    }
}
