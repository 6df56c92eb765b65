package io.parley.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void aPortalCanBeAllowedToFrameParley() {
        String policy = new ContentSecurityPolicy("'self' https://portal.example.com").getFacesPolicy();
        assertTrue(policy.contains("frame-ancestors 'self' https://portal.example.com;"), policy);
    }

    @Test
    void withoutConfigurationOnlyParleyItselfMayFrameIt() {
        assertTrue(new ContentSecurityPolicy("  ").getFacesPolicy().contains("frame-ancestors 'self';"));
        assertTrue(new ContentSecurityPolicy(null).getFacesPolicy().contains("frame-ancestors 'self';"));
    }

    @Test
    void theFacesPolicyEndsWithScriptSrcSoPrimeFacesCanAppendItsNonce() {
        String policy = new ContentSecurityPolicy("'self'").getFacesPolicy();
        assertTrue(policy.endsWith("script-src 'self'"), policy);
        assertEquals(policy + ";", new ContentSecurityPolicy("'self'").getStaticPolicy());
    }

    @Test
    void aValueThatWouldInjectAnotherDirectiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ContentSecurityPolicy("'self'; script-src *"));
        assertThrows(IllegalArgumentException.class, () -> new ContentSecurityPolicy("'self'\r\nX-Evil: 1"));
    }

    @Test
    void noInlineScriptsNoPluginsAndFormsOnlyToParley() {
        String policy = new ContentSecurityPolicy("'self'").getStaticPolicy();
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("form-action 'self'"), policy);
        assertTrue(!policy.contains("unsafe-eval") && !policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
    }

    @Test
    void withOpenIdConnectFormsMayAlsoGoToTheProviderForSigningOut() {
        String policy = new ContentSecurityPolicy(
                        "'self'", "oidc", Optional.of("https://sso.example.com:8443/realms/x"))
                .getStaticPolicy();
        assertTrue(policy.contains("form-action 'self' https://sso.example.com:8443;"), policy);
        String database = new ContentSecurityPolicy("'self'", "database", Optional.of("https://sso.example.com"))
                .getStaticPolicy();
        assertTrue(database.contains("form-action 'self';"), database);
    }

    @Test
    void anIssuerThatIsNoWebAddressIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ContentSecurityPolicy("'self'", "oidc", Optional.of("javascript:alert(1)")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ContentSecurityPolicy("'self'", "oidc", Optional.of("https://a.example.com; script-src *")));
    }
}
