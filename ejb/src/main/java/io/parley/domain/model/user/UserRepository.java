package io.parley.domain.model.user;

import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

    Optional<AppUser> find(String username);

    long count();

    /** The users of {@code usernames} that exist, by username, in one query. */
    java.util.Map<String, AppUser> findAll(java.util.Collection<String> usernames);

    void store(AppUser user);

    /** Active users who may sit on a panel (everyone but machine clients), by display name. */
    java.util.List<AppUser> panelCandidates();
}
