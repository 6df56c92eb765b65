package io.parley.application.user;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A provisioned person as the SCIM service shows them: SCIM id, the {@link UserData} kept, the groups they are a
 * member of (SCIM id to name), when they were created, and the version of the record.
 */
public record ProvisionedUser(String id, UserData data, Map<String, String> groups, Instant created, long version)
        implements Serializable {

    public ProvisionedUser {
        groups = Map.copyOf(groups);
    }
}
