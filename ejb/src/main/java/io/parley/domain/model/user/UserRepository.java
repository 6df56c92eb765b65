package io.parley.domain.model.user;

import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

    Optional<AppUser> find(String username);

    long count();

    void store(AppUser user);

    /** Active users who may sit on a panel (everyone but machine clients), by display name. */
    java.util.List<AppUser> panelCandidates();
}
