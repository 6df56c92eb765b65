package io.parley.it.incontainer;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.RoleMapping;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Test data for the people page: people from a directory, and sign-ins, which only a sign-in would record. */
@Stateless
@PermitAll
public class TestPeople {

    @Inject
    private UserRepository users;

    /** A tag no other test's people contain (letters only, lower case), for searches that find only one test's. */
    public static String tag() {
        return "t"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "q");
    }

    /** A person as the directory's first sign-in (or SCIM) creates them, with roles by the groups' own names. */
    public String directoryUser(String username, String displayName, IdentitySource source, String... groups) {
        users.store(AppUser.fromDirectory(
                new DirectoryProfile(username, displayName, Optional.empty(), Set.of(groups)),
                source,
                RoleMapping.byRoleName(),
                Instant.now()));
        return username;
    }

    public void signedIn(String username) {
        users.recordSignIn(username, Instant.now());
    }
}
