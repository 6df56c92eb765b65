package io.parley.application.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** A SCIM Group resource as the directory sends it: its name, its own id of it, and its members' SCIM ids. */
public record GroupData(
        @NotBlank @Size(max = 255) String displayName,
        @Size(max = 255) String externalId,
        @NotNull @Size(max = 10_000) List<@NotBlank @Size(max = 36) String> memberIds)
        implements Serializable {

    public GroupData {
        memberIds = memberIds == null ? null : List.copyOf(memberIds);
    }
}
