package io.parley.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenIdCallbackTest {

    private static final String BASE = "https://parley.example.com/parley/";

    @Test
    void aDeepLinkInsideParleyIsFollowedAfterSigningIn() {
        String deepLink = BASE + "interviews/interview.xhtml?id=7";
        assertEquals(Optional.of(deepLink), OpenIdCallback.insideParley(deepLink, BASE));
    }

    @Test
    void anAddressOutsideParleyIsNotFollowed() {
        assertTrue(OpenIdCallback.insideParley("https://evil.example.com/parley/", BASE)
                .isEmpty());
        assertTrue(OpenIdCallback.insideParley("https://parley.example.com.evil.example/parley/x", BASE)
                .isEmpty());
        assertTrue(OpenIdCallback.insideParley("https://parley.example.com/other-app/", BASE)
                .isEmpty());
        assertTrue(OpenIdCallback.insideParley(null, BASE).isEmpty());
    }

    @Test
    void theCallbackItselfAndHeaderInjectionAreNotFollowed() {
        assertTrue(
                OpenIdCallback.insideParley(BASE + "oidc/callback?code=x", BASE).isEmpty());
        assertTrue(OpenIdCallback.insideParley(BASE + "index.xhtml\r\nSet-Cookie: x=y", BASE)
                .isEmpty());
    }
}
