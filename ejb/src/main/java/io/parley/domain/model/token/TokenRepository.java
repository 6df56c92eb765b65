package io.parley.domain.model.token;

import java.util.Optional;

/** Where API tokens are kept, found by the hash of their secret. */
public interface TokenRepository {

    Optional<ApiToken> findActiveByHash(String hash);

    void store(ApiToken token);

    Optional<ApiToken> find(long id);

    /** Active tokens of one kind (and, for personal tokens, of one user), newest first. */
    java.util.List<ApiToken> active(TokenKind kind, String username);
}
