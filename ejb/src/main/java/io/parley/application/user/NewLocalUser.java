package io.parley.application.user;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/**
 * A local user an hr-admin creates in the {@code database} identity setting: a username of letters, digits and
 * {@code . _ -}, a name, an e-mail address, at least one role and the initial password (checked by the password
 * policy, kept only as its PBKDF2 hash).
 */
public record NewLocalUser(
        @NotBlank @Size(max = AppUser.MAX_USERNAME) @Pattern(regexp = USERNAME)
        String username,

        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(max = 254) @Email String email,
        @NotNull @NotEmpty Set<Role> roles,
        @NotNull String password)
        implements Serializable {

    /** The user names HR may give: they appear in URLs, logs and the ATS's panel lists. */
    public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    public NewLocalUser {
        roles = roles == null ? null : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewLocalUser[" + username + "]"; // never the password
    }
}
