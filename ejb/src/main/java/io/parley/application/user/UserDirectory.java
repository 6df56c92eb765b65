package io.parley.application.user;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** Who a signed-in user is, as the pages show it. */
public interface UserDirectory {

    /** The user's display name, or empty when the account is unknown (e.g. identity from another store). */
    Optional<String> displayName(@NotBlank String username);
}
