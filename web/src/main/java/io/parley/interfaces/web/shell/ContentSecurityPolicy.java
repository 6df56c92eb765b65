package io.parley.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Content-Security-Policy of Parley. {@code frame-ancestors} comes from the MicroProfile Config
 * property {@code parley.csp.frame-ancestors} (default {@code 'self'}), so a corporate portal can embed the
 * pages. Faces pages get the policy through PrimeFaces, which appends the per-request script nonce to the
 * final {@code script-src} directive; every other response gets it from {@link SecurityHeadersFilter}.
 */
@ApplicationScoped
@Named("contentSecurityPolicy")
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    private final String policy;

    @Inject
    public ContentSecurityPolicy(
            @ConfigProperty(name = "parley.csp.frame-ancestors", defaultValue = "'self'") String frameAncestors) {
        this.policy = build(frameAncestors);
    }

    /** For CDI proxies only. */
    protected ContentSecurityPolicy() {
        this.policy = build("'self'");
    }

    static String build(String frameAncestors) {
        String ancestors = frameAncestors == null || frameAncestors.isBlank() ? "'self'" : frameAncestors.trim();
        if (ancestors.chars().anyMatch(c -> c == ';' || c == ',' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("parley.csp.frame-ancestors must be a space-separated source list");
        }
        return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors " + ancestors + "; script-src 'self'";
    }

    /** The policy PrimeFaces completes with {@code 'nonce-…';} (it must end with script-src). */
    public String getFacesPolicy() {
        return policy;
    }

    /**
     * Sets every security header on a response: the static policy (PrimeFaces replaces it on Faces pages),
     * no MIME sniffing, no referrer outside Parley, no powerful browser features, and no caching of pages.
     */
    public void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HEADER, getStaticPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The policy for responses that carry no Faces script nonce. */
    public String getStaticPolicy() {
        return policy + ";";
    }
}
