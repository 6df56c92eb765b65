package io.parley.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.SessionCookieConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCookieSettingsTest {

    @Test
    void aPortalOnAnotherSiteGetsSameSiteNoneOnASecureCookie() {
        Cookie cookie = new Cookie();
        SessionCookieSettings.apply(Optional.of(" none "), cookie);
        assertEquals("None", cookie.getAttribute("SameSite"));
        assertTrue(cookie.isSecure(), "browsers drop SameSite=None without Secure");
    }

    @Test
    void laxAndStrictLeaveSecureAsItWas() {
        Cookie cookie = new Cookie();
        SessionCookieSettings.apply(Optional.of("Lax"), cookie);
        assertEquals("Lax", cookie.getAttribute("SameSite"));
        assertFalse(cookie.isSecure());
        SessionCookieSettings.apply(Optional.of("STRICT"), cookie);
        assertEquals("Strict", cookie.getAttribute("SameSite"));
    }

    @Test
    void withoutTheSettingTheServerDefaultStays() {
        Cookie cookie = new Cookie();
        SessionCookieSettings.apply(Optional.empty(), cookie);
        SessionCookieSettings.apply(Optional.of("  "), cookie);
        assertNull(cookie.getAttribute("SameSite"));
        assertFalse(cookie.isSecure());
    }

    @Test
    void anyOtherValueStopsTheDeployment() {
        Cookie cookie = new Cookie();
        assertThrows(
                IllegalStateException.class, () -> SessionCookieSettings.apply(Optional.of("None; Domain=x"), cookie));
        assertNull(cookie.getAttribute("SameSite"));
    }

    @Test
    void payarasOwnSameSiteSettingIsUsedWhereTheServerHasIt() {
        PayaraCookie cookie = new PayaraCookie();
        SessionCookieSettings.apply(Optional.of("None"), cookie);
        assertEquals("None", cookie.sameSite);
        assertEquals("None", cookie.getAttribute("SameSite"));
    }

    /** Like Payara's {@code WebSessionCookieConfig}, which reads {@code SameSite} from a method of its own. */
    public static final class PayaraCookie extends Cookie {
        private String sameSite;

        public void setSameSite(String sameSite) {
            this.sameSite = sameSite;
        }
    }

    /** The servlet container's cookie configuration, as far as the listener uses it. */
    private static class Cookie implements SessionCookieConfig {
        private final Map<String, String> attributes = new HashMap<>();
        private boolean secure;

        @Override
        public void setAttribute(String name, String value) {
            attributes.put(name, value);
        }

        @Override
        public String getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Map<String, String> getAttributes() {
            return Map.copyOf(attributes);
        }

        @Override
        public void setSecure(boolean secure) {
            this.secure = secure;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public void setName(String name) {}

        @Override
        public String getName() {
            return null;
        }

        @Override
        public void setDomain(String domain) {}

        @Override
        public String getDomain() {
            return null;
        }

        @Override
        public void setPath(String path) {}

        @Override
        public String getPath() {
            return null;
        }

        @Override
        @Deprecated
        public void setComment(String comment) {}

        @Override
        @Deprecated
        public String getComment() {
            return null;
        }

        @Override
        public void setHttpOnly(boolean httpOnly) {}

        @Override
        public boolean isHttpOnly() {
            return true;
        }

        @Override
        public void setMaxAge(int maxAge) {}

        @Override
        public int getMaxAge() {
            return -1;
        }
    }
}
