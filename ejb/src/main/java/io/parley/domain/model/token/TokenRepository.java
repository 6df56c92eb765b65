package io.parley.domain.model.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept, found by the hash of their secret. */
public interface TokenRepository {

    Optional<ApiToken> findActiveByHash(String hash);

    void store(ApiToken token);

    /**
     * Notes that a token was used, when its last use is older than {@link ApiToken#LAST_USE_PRECISION}. Without
     * the token's version: an ATS sends many calls at once with one token, and they must not conflict.
     */
    void recordUse(long id, Instant now);

    Optional<ApiToken> find(long id);

    /** Active tokens of one kind (and, for personal tokens, of one user), newest first. */
    List<ApiToken> active(TokenKind kind, String username);
}
