package io.parley.domain.model.user;

import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

    Optional<AppUser> find(String username);

    long count();

    /** The users of {@code usernames} that exist, by username, in one query. */
    java.util.Map<String, AppUser> findAll(java.util.Collection<String> usernames);

    /** The display names of those users that exist, by username, in one query (pages that name a panel). */
    default java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        findAll(usernames).forEach((username, user) -> names.put(username, user.displayName()));
        return java.util.Map.copyOf(names);
    }

    void store(AppUser user);

    /** Active users who may sit on a panel (everyone but machine clients), by display name. */
    java.util.List<AppUser> panelCandidates();
}
