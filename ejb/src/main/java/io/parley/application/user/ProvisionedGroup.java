package io.parley.application.user;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A SCIM group as the SCIM service shows it, with its members (SCIM id and name shown). */
public record ProvisionedGroup(
        String id,
        String displayName,
        String externalId,
        List<Member> members,
        Instant created,
        Instant modified,
        long version)
        implements Serializable {

    public ProvisionedGroup {
        members = List.copyOf(members);
    }

    /** One member: their SCIM id and the name shown. */
    public record Member(String id, String display) implements Serializable {}
}
