package io.parley.domain.model.user;

import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

    Optional<AppUser> find(String username);

    long count();

    void store(AppUser user);
}
