package io.parley.domain.model.token;

import java.util.Optional;

/** Where API tokens are kept, found by the hash of their secret. */
public interface TokenRepository {

    Optional<ApiToken> findActiveByHash(String hash);

    void store(ApiToken token);
}
