package io.parley.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fish.payara.security.openid.api.Claims;
import io.parley.domain.model.user.DirectoryProfile;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OpenIdProfilesTest {

    private static final CredentialValidationResult KIM =
            new CredentialValidationResult("kim", Set.of("hiring-managers", "staff"));

    @Test
    void theProfileComesFromTheIdTokenWithTheGroupsPayaraRead() {
        DirectoryProfile profile = OpenIdProfiles.profile(
                KIM,
                List.of(claims(Map.of("name", "Kim Novak", "email", "kim@example.com")), claims(Map.of())),
                "name");
        assertEquals(
                new DirectoryProfile(
                        "kim", "Kim Novak", Optional.of("kim@example.com"), Set.of("hiring-managers", "staff")),
                profile);
    }

    @Test
    void aClaimMissingFromTheIdTokenIsReadFromUserinfoUnderTheConfiguredName() {
        DirectoryProfile profile = OpenIdProfiles.profile(
                KIM,
                List.of(claims(Map.of("email", "kim@example.com")), claims(Map.of("displayName", "Kim N."))),
                "displayName");
        assertEquals("Kim N.", profile.displayName());
    }

    @Test
    void withoutANameTheUserNameIsShownAndAFailingUserinfoIsSkipped() {
        Supplier<Claims> failing = () -> {
            throw new IllegalStateException("no userinfo endpoint");
        };
        DirectoryProfile profile = OpenIdProfiles.profile(KIM, List.of(claims(Map.of("name", " ")), failing), "name");
        assertEquals("kim", profile.displayName());
        assertEquals(Optional.empty(), profile.email());
    }

    private static Supplier<Claims> claims(Map<String, String> values) {
        return () -> new Claims() {
            @Override
            public Optional<String> getStringClaim(String name) {
                return Optional.ofNullable(values.get(name));
            }

            @Override
            public Optional<Instant> getNumericDateClaim(String name) {
                return Optional.empty();
            }

            @Override
            public List<String> getArrayStringClaim(String name) {
                return List.of();
            }

            @Override
            public OptionalInt getIntClaim(String name) {
                return OptionalInt.empty();
            }

            @Override
            public OptionalLong getLongClaim(String name) {
                return OptionalLong.empty();
            }

            @Override
            public OptionalDouble getDoubleClaim(String name) {
                return OptionalDouble.empty();
            }

            @Override
            public Optional<Claims> getNested(String name) {
                return Optional.empty();
            }
        };
    }
}
