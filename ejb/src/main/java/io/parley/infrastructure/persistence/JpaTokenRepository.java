package io.parley.infrastructure.persistence;

import io.parley.domain.model.token.ApiToken;
import io.parley.domain.model.token.TokenKind;
import io.parley.domain.model.token.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<ApiToken> findActiveByHash(String hash) {
        return em
                .createQuery("select t from ApiToken t where t.hash = :hash and t.revokedAt is null", ApiToken.class)
                .setParameter("hash", hash)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public void recordUse(long id, Instant now) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt < :since)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("since", now.minus(ApiToken.LAST_USE_PRECISION))
                .executeUpdate();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> active(TokenKind kind, String username) {
        String owner = username == null ? " and t.username is null" : " and t.username = :user";
        var query = em.createQuery(
                        "select t from ApiToken t where t.kind = :kind and t.revokedAt is null" + owner
                                + " order by t.createdAt desc",
                        ApiToken.class)
                .setParameter("kind", kind)
                .setMaxResults(200);
        if (username != null) {
            query.setParameter("user", username);
        }
        return query.getResultList();
    }

    @Override
    public void store(ApiToken token) {
        if (token.idValue() == null) {
            em.persist(token);
        }
    }
}
