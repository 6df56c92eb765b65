package io.parley.domain.model.user;

import io.parley.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

    Optional<AppUser> find(String username);

    long count();

    /** Records when {@code username} signed in (a plain update: the last of two concurrent sign-ins wins). */
    void recordSignIn(String username, Instant at);

    /**
     * {@code username}'s name and roles when they are an active user (one indexed read, asked on every request of a
     * session); empty for a retired or unknown one.
     */
    Optional<ActiveUser> findActive(String username);

    /** The users of {@code usernames} that exist, by username, in one query. */
    Map<String, AppUser> findAll(Collection<String> usernames);

    /** The display names of those users that exist, by username, in one query (pages that name a panel). */
    default Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        findAll(usernames).forEach((username, user) -> names.put(username, user.displayName()));
        return Map.copyOf(names);
    }

    void store(AppUser user);

    /** The person whose SCIM resource id is {@code scimId}. */
    Optional<AppUser> findByScimId(String scimId);

    /** The provisioned people (with a SCIM id) with this SCIM {@code externalId}. */
    List<AppUser> findProvisionedByExternalId(String externalId);

    /** At most {@code count} provisioned people from the {@code offset}-th (0-based), in SCIM id order. */
    List<AppUser> provisioned(int offset, int count);

    long countProvisioned();

    /** The usernames of those of {@code scimIds} that exist, by SCIM id, in one query. */
    Map<String, String> usernamesByScimId(Collection<String> scimIds);

    /** The SCIM ids of those of {@code usernames} that are provisioned, by username, in one query. */
    Map<String, String> scimIds(Collection<String> usernames);

    /**
     * At most {@code limit} active users who may sit on a panel (everyone but machine clients) whose username or
     * display name contains {@code search}, ignoring case: their display names by username, iterating by display
     * name (one query; nothing else of the users is read).
     */
    Map<String, String> panelCandidates(String search, int limit);

    /**
     * One page of the people page's search, ordered by display name and username: a bounded number of queries
     * whatever the page size (the count, the page's usernames, their rows, their roles, their groups).
     */
    Page<PersonRow> search(PeopleSearch search);

    /**
     * The name and status of those of {@code usernames} that exist, by username, in one query (the interview page
     * names its panel and tells who has left Parley).
     */
    Map<String, PanelPerson> panelPeople(Collection<String> usernames);
}
