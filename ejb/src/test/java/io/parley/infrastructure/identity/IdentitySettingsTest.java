package io.parley.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.user.IdentitySource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentitySettingsTest {

    @Test
    void theDefaultIsParleysOwnTable() {
        assertEquals(IdentitySource.LOCAL, IdentitySettings.source(Optional.empty()));
        assertEquals(IdentitySource.LOCAL, IdentitySettings.source(Optional.of(" Database ")));
    }

    @Test
    void ldapAndOidcAreChosenByName() {
        assertEquals(IdentitySource.LDAP, IdentitySettings.source(Optional.of("ldap")));
        assertEquals(IdentitySource.OIDC, IdentitySettings.source(Optional.of("OIDC")));
    }

    @Test
    void anUnknownSourceStopsTheDeploymentWithAMessage() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> IdentitySettings.source(Optional.of("saml")));
        assertTrue(refused.getMessage().contains("database, oidc, ldap"));
    }

    @Test
    void aGroupsDistinguishedNameGivesItsCommonName() {
        assertEquals(Optional.of("parley-hr"), LdapDirectory.commonName("cn=parley-hr,ou=groups,dc=example,dc=com"));
        assertEquals(Optional.of("Panel, Pool"), LdapDirectory.commonName("CN=Panel\\, Pool,OU=Groups,DC=corp"));
        assertEquals(Optional.empty(), LdapDirectory.commonName("not a dn"));
    }
}
