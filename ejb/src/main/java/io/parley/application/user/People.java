package io.parley.application.user;

import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The people page's use cases, for hr-admins only: find people, retire a leaver and bring them back, and, where
 * Parley keeps the passwords ({@code parley.identity=database}), create local users and reset passwords. A change
 * names the version the hr-admin read; a change made in the meantime refuses it ({@link #STALE}).
 */
public interface People {

    String NOT_FOUND = "people.notFound";
    String STALE = "people.stale";
    String RETIRE_SELF = "people.retireSelf";
    String LOCAL_ONLY = "people.localOnly";
    String EXISTS = "people.exists";
    String NOT_LOCAL = "people.notLocal";
    String ATS_ROLE = "people.atsRole";

    /** One page of people matching the search, by name, each with roles, groups and open panel seats. */
    Page<PersonView> search(@NotNull @Valid PeopleSearch search);

    /** One person, or {@link #NOT_FOUND}. */
    PersonView person(@NotBlank String username);

    /**
     * Retires {@code username} (a leaver): no sign-in, no API token of theirs, no new panel seat; what they wrote stays.
     * An hr-admin cannot retire themselves ({@link #RETIRE_SELF}). Returns the person as they are now.
     */
    PersonView retire(@NotBlank String username, long expectedVersion);

    /** Brings a retired person back. */
    PersonView reactivate(@NotBlank String username, long expectedVersion);

    /** Whether people sign in with passwords Parley keeps, so that HR creates them and resets passwords here. */
    boolean localPasswords();

    /** Creates a local user (database mode only, else {@link #LOCAL_ONLY}); the password must pass the policy. */
    PersonView create(@NotNull @Valid NewLocalUser user);

    /** Sets a local user's password (database mode only); the password must pass the policy. */
    PersonView resetPassword(@NotBlank String username, long expectedVersion, @NotNull String newPassword);
}
