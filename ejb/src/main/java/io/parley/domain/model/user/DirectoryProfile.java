package io.parley.domain.model.user;

import io.parley.domain.shared.Texts;
import java.util.Optional;
import java.util.Set;

/**
 * What a directory says about a person when they sign in or are provisioned: the name shown, an e-mail address if it
 * has one, and the names of the directory groups they belong to (Parley's roles follow from these through
 * {@link RoleMapping}).
 */
public record DirectoryProfile(String username, String displayName, Optional<String> email, Set<String> groups) {

    public static final int MAX_GROUP_NAME = 255;

    public DirectoryProfile {
        username = Texts.requiredLine(username, 64, "username");
        displayName = Texts.requiredLine(
                displayName == null || displayName.isBlank() ? username : displayName, 120, "display name");
        email = email.filter(e -> !e.isBlank()).map(e -> Texts.requiredLine(e, 254, "email"));
        groups = Set.copyOf(groups.stream()
                .filter(g -> g != null && !g.isBlank() && g.length() <= MAX_GROUP_NAME)
                .toList());
    }
}
