package io.parley.application.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * SCIM 2.0 provisioning by the company's directory (Entra ID, Okta): people and groups follow the directory. Only
 * the SCIM token's caller may use it (group {@code scim}).
 *
 * <p>Creating a user whose user name Parley already knows (a local user, or one an LDAP or OpenID Connect sign-in
 * created) provisions that person instead of refusing: the directory takes over their name, e-mail and active flag,
 * and their roles follow their SCIM groups from the first membership change. A user provisioned already is a
 * uniqueness refusal. Retiring (active false, or delete) keeps the account so that scorecards and decisions keep
 * their author.
 */
public interface Provisioning {

    int MAX_PAGE = 200;

    ProvisionedUser createUser(@NotNull @Valid UserData data);

    Optional<ProvisionedUser> user(@NotBlank @Size(max = 36) String id);

    /** The provisioned people whose {@code key} is {@code value} (at most one for id and user name). */
    ProvisionedPage<ProvisionedUser> usersWhere(@NotNull UserKey key, @NotNull @Size(max = 255) String value);

    ProvisionedPage<ProvisionedUser> users(@Min(1) int startIndex, @Min(0) @Max(MAX_PAGE) int count);

    /** Everything but the user name, which cannot change; active false retires, true brings the person back. */
    ProvisionedUser replaceUser(@NotBlank @Size(max = 36) String id, @NotNull @Valid UserData data);

    /** Retires the person and ends their SCIM resource and group memberships; the account stays. */
    void deleteUser(@NotBlank @Size(max = 36) String id);

    ProvisionedGroup createGroup(@NotNull @Valid GroupData data);

    Optional<ProvisionedGroup> group(@NotBlank @Size(max = 36) String id);

    Optional<ProvisionedGroup> groupNamed(@NotNull @Size(max = 255) String displayName);

    ProvisionedPage<ProvisionedGroup> groups(@Min(1) int startIndex, @Min(0) @Max(MAX_PAGE) int count);

    /** Name, external id and exactly these members; everyone who joined or left gets the roles of their groups now. */
    ProvisionedGroup replaceGroup(@NotBlank @Size(max = 36) String id, @NotNull @Valid GroupData data);

    /** Removes the group; its members lose the roles it gave. */
    void deleteGroup(@NotBlank @Size(max = 36) String id);
}
