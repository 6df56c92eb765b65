package io.parley.interfaces.web.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
        cookie.setAttribute("SameSite", sameSite); // Servlet 6; Payara 6 does not put it on the session cookie
        payaraSameSite(cookie, sameSite);
        if ("None".equals(sameSite)) {
            cookie.setSecure(true);
        }
        LOG.info(() -> "session cookie: SameSite=" + sameSite + (cookie.isSecure() ? "; Secure" : ""));
    }

    /**
     * Payara 6 builds the session cookie's {@code SameSite} from its own cookie configuration's {@code setSameSite}
     * (what {@code glassfish-web.xml}'s {@code cookieSameSite} property sets), not from the Servlet 6 attribute: the
     * integration test saw the attribute ignored. Called where the server's configuration has that method.
     */
    private static void payaraSameSite(SessionCookieConfig cookie, String sameSite) {
        Method setter;
        try {
            setter = cookie.getClass().getMethod("setSameSite", String.class);
        } catch (NoSuchMethodException notPayara) {
            return;
        }
        try {
            setter.invoke(cookie, sameSite);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not set the session cookie's SameSite", e);
        }
    }
}
