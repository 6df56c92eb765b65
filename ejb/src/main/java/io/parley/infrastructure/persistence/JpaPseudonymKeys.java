package io.parley.infrastructure.persistence;

import io.parley.domain.model.privacy.PseudonymKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pseudonym key in {@code privacy_key} (V17, one row). The first server that needs it makes it from
 * {@link SecureRandom} and inserts it in a transaction of its own; a server that loses that race to another reads the
 * winner's key.
 */
@Stateless
@LocalBean
@Local(PseudonymKeys.class)
@PermitAll
public class JpaPseudonymKeys implements PseudonymKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @EJB
    private JpaPseudonymKeys self;

    /** The key once read: it never changes, so a retention run of 50 interviews asks the database once, not 50 times. */
    private static final AtomicReference<byte[]> KNOWN = new AtomicReference<>();

    @Override
    public byte[] key() {
        byte[] known = KNOWN.get();
        if (known != null) {
            return known.clone();
        }
        byte[] key = stored().orElseGet(() -> {
            try {
                self.create();
            } catch (RuntimeException lostRace) {
                // another server inserted its key at the same moment: the database kept one, read below
            }
            return stored().orElseThrow(() -> new IllegalStateException("privacy_key has no key"));
        });
        KNOWN.set(key);
        return key.clone();
    }

    private Optional<byte[]> stored() {
        List<?> rows = em.createNativeQuery("select secret from privacy_key where id = 1")
                .getResultList();
        return rows.stream().findFirst().map(secret -> HexFormat.of().parseHex(secret.toString()));
    }

    /** Inserts a new random key; fails when one exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        em.createNativeQuery("insert into privacy_key (id, secret, created_at) values (1, ?, ?)")
                .setParameter(1, HexFormat.of().formatHex(key))
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
