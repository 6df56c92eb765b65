package io.parley.domain.model.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where the groups that SCIM provisions are kept. */
public interface ScimGroupRepository {

    Optional<ScimGroup> find(String id);

    Optional<ScimGroup> findByDisplayName(String displayName);

    /** At most {@code count} groups from the {@code offset}-th (0-based), in id order. */
    List<ScimGroup> page(int offset, int count);

    long count();

    /** The names of the groups each of {@code usernames} is a member of (everyone named is a key), in one query. */
    Map<String, Set<String>> groupNamesOf(Collection<String> usernames);

    /** The groups (id to display name) of each of {@code usernames} (everyone named is a key), in one query. */
    Map<String, Map<String, String>> groupsOf(Collection<String> usernames);

    /** The members of each of {@code groupIds}, in one query (a page of groups without one query per group). */
    Map<String, Set<String>> membersOf(Collection<String> groupIds);

    /** Takes {@code username} out of every group (a deleted person); returns how many memberships ended. */
    int leaveAll(String username);

    void store(ScimGroup group);

    void remove(ScimGroup group);
}
