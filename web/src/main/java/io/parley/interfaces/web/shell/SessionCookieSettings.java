package io.parley.interfaces.web.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code SameSite} attribute from {@code parley.session.cookie-same-site} ({@code Strict},
 * {@code Lax} or {@code None}; unset leaves the server's default). An intranet portal that frames Parley on another
 * site (see {@code parley.csp.frame-ancestors}) needs {@code None}, which browsers accept only on a {@code Secure}
 * cookie, so {@code None} makes the cookie {@code Secure} as well: Parley must then be served over HTTPS.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SAME_SITE = "parley.session.cookie-same-site";

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Optional<String> setting = ConfigProvider.getConfig(SessionCookieSettings.class.getClassLoader())
                .getOptionalValue(SAME_SITE, String.class);
        apply(setting, event.getServletContext().getSessionCookieConfig());
    }

    /** Sets {@code SameSite} (and {@code Secure} for {@code None}); refuses any other value at deployment. */
    static void apply(Optional<String> setting, SessionCookieConfig cookie) {
        Optional<String> value = setting.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return;
        }
        String sameSite = switch (value.get().toLowerCase(Locale.ROOT)) {
            case "strict" -> "Strict";
            case "lax" -> "Lax";
            case "none" -> "None";
            default ->
                throw new IllegalStateException(SAME_SITE + "=" + value.get() + " is not one of Strict, Lax, None");
        };
        cookie.setAttribute("SameSite", sameSite);
        if ("None".equals(sameSite)) {
            cookie.setSecure(true);
        }
        LOG.info(() -> "session cookie: SameSite=" + sameSite + (cookie.isSecure() ? "; Secure" : ""));
    }
}
