package io.parley.application.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What the directory says about a person in a SCIM User resource: the user name they sign in with (fixed once
 * provisioned), the directory's own id, the name shown (the user name when it has none), an e-mail address and
 * whether they are active.
 */
public record UserData(
        @NotBlank @Size(max = 64) String userName,
        @Size(max = 255) String externalId,
        @Size(max = 120) String displayName,
        @Size(max = 254) String email,
        boolean active)
        implements Serializable {}
