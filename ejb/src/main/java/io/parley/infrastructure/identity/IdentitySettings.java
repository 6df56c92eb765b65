package io.parley.infrastructure.identity;

import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.RoleMapping;
import io.parley.domain.model.user.SignInPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the sign-in settings once at deployment: {@code parley.identity} ({@code database}, {@code oidc} or
 * {@code ldap}) and {@code parley.roles.<role>} (comma-separated directory groups per role; by default the role's
 * own name). MicroProfile Config, so {@code PARLEY_IDENTITY} and {@code PARLEY_ROLES_HR_ADMIN} work as well.
 */
@ApplicationScoped
public class IdentitySettings {

    public static final String IDENTITY = "parley.identity";

    private SignInPolicy policy;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig(IdentitySettings.class.getClassLoader());
        policy = new SignInPolicy(source(config.getOptionalValue(IDENTITY, String.class)), roleMapping(config));
    }

    /** The policy read at deployment (a record cannot be a client proxy, hence dependent on this bean). */
    @Produces
    public SignInPolicy signInPolicy() {
        return policy;
    }

    /** The identity source a value of {@code parley.identity} names; refuses anything else at deployment. */
    public static IdentitySource source(Optional<String> setting) {
        String value = setting.map(String::strip).orElse("").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "database" -> IdentitySource.LOCAL;
            case "ldap" -> IdentitySource.LDAP;
            case "oidc" -> IdentitySource.OIDC;
            default ->
                throw new IllegalStateException(
                        IDENTITY + "=" + value + " is not one of database, oidc, ldap (see docs/operations.md)");
        };
    }

    static RoleMapping roleMapping(Config config) {
        Map<Role, Set<String>> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role == Role.ATS) {
                continue;
            }
            config.getOptionalValue("parley.roles." + role.groupName(), String.class)
                    .ifPresent(list -> groups.put(role, new LinkedHashSet<>(Arrays.asList(list.split(",")))));
        }
        return RoleMapping.of(groups);
    }
}
