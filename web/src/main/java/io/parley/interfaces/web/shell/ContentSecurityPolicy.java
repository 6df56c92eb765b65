package io.parley.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;
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
            @ConfigProperty(name = "parley.csp.frame-ancestors", defaultValue = "'self'") String frameAncestors,
            @ConfigProperty(name = "parley.identity", defaultValue = "database") String identity,
            @ConfigProperty(name = "parley.oidc.issuer") Optional<String> issuer) {
        this.policy = build(frameAncestors, "oidc".equalsIgnoreCase(identity.strip()) ? issuer : Optional.empty());
    }

    ContentSecurityPolicy(String frameAncestors) {
        this.policy = build(frameAncestors, Optional.empty());
    }

    /** For CDI proxies only. */
    protected ContentSecurityPolicy() {
        this.policy = build("'self'", Optional.empty());
    }

    /**
     * With OpenID Connect, signing out is a form post that the browser follows to the provider's end-session
     * endpoint, which {@code form-action} must allow: the issuer's origin is added to it.
     */
    static String build(String frameAncestors, Optional<String> signInProvider) {
        String formAction = "'self'"
                + signInProvider
                        .map(ContentSecurityPolicy::origin)
                        .map(o -> " " + o)
                        .orElse("");
        String ancestors = frameAncestors == null || frameAncestors.isBlank() ? "'self'" : frameAncestors.trim();
        if (ancestors.chars().anyMatch(c -> c == ';' || c == ',' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("parley.csp.frame-ancestors must be a space-separated source list");
        }
        return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action " + formAction + "; "
                + "frame-ancestors " + ancestors + "; script-src 'self'";
    }

    /** The scheme, host and port of an address, checked so it cannot add a directive. */
    static String origin(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalArgumentException("parley.oidc.issuer must be an http(s) address: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
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
