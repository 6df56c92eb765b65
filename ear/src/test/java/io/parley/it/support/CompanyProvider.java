package io.parley.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequestHandler;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A real OpenID Connect provider for the tests, in the test JVM on a free port of 127.0.0.1: NAV's mock-oauth2-server
 * with its interactive login page (a person types a user name and the claims their token gets). Everything it serves
 * passes through one route, so a test can make its token endpoint hostile: {@link #forgeIdTokens(boolean)} re-signs
 * every ID token it hands out with one thing wrong ({@link Forgery}: another key, audience, issuer, or expired; the
 * nonce and all else right), which Parley must refuse.
 */
public final class CompanyProvider implements AutoCloseable {

    public static final String ISSUER_ID = "company";

    /** How the token endpoint falsifies the ID tokens it hands out, while a test asks it to. */
    public enum Forgery {
        /** Genuine tokens. */
        NONE,
        /** Signed with a key that is not among the provider's published keys. */
        OTHER_KEY,
        /** Signed by the provider, but for another client. */
        OTHER_AUDIENCE,
        /** Signed by the provider, but expired ten minutes ago. */
        EXPIRED,
        /** Signed by the provider, but naming another issuer. */
        OTHER_ISSUER
    }

    private final MockOAuth2Server server;
    private final OAuth2Config config;
    private final AtomicReference<Forgery> forging = new AtomicReference<>(Forgery.NONE);
    private final RSAKey hostileKey;

    public CompanyProvider() {
        try {
            hostileKey = new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        config = new OAuth2Config(true);
        Route provider = new OAuth2HttpRequestHandler(config).getAuthorizationServer();
        server = new MockOAuth2Server(config, new Hostile(provider));
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer Parley is configured with ({@code parley.oidc.issuer}). */
    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** Scheme, host and port of the provider, to recognise its pages in the browser. */
    public String origin() {
        return server.baseUrl().toString().replaceAll("/$", "");
    }

    public void forgeIdTokens(Forgery forgery) {
        forging.set(forgery);
    }

    /** Forgets the requests the provider has seen so far. */
    public void forgetRequests() {
        while (next(10).isPresent()) {
            // drained
        }
    }

    /** The next request the provider has received, waiting up to {@code millis} for one. */
    private Optional<RecordedRequest> next(long millis) {
        try {
            return Optional.ofNullable(server.takeRequest(millis, TimeUnit.MILLISECONDS));
        } catch (RuntimeException none) { // mock-oauth2-server throws when nothing came within the time
            return Optional.empty();
        }
    }

    /** The first request the provider receives (or has received) that matches, waiting a few seconds for it. */
    public Optional<RecordedRequest> request(Predicate<RecordedRequest> matching) {
        long until = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < until) {
            Optional<RecordedRequest> request = next(200).filter(matching);
            if (request.isPresent()) {
                return request;
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** The genuine ID token's claims (nonce, subject, groups) with one thing wrong. */
    private String forge(String idToken, Forgery forgery) throws ParseException, JOSEException {
        SignedJWT genuine = SignedJWT.parse(idToken);
        if (forgery == Forgery.OTHER_KEY) {
            SignedJWT forged = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(genuine.getHeader().getKeyID())
                            .build(),
                    genuine.getJWTClaimsSet());
            forged.sign(new RSASSASigner(hostileKey));
            return forged.serialize();
        }
        Map<String, Object> claims = new HashMap<>(genuine.getJWTClaimsSet().getClaims());
        Instant now = Instant.now();
        switch (forgery) {
            case OTHER_AUDIENCE -> claims.put("aud", List.of("some-other-client"));
            case EXPIRED -> {
                claims.put("iat", Date.from(now.minus(Duration.ofMinutes(70))));
                claims.put("nbf", Date.from(now.minus(Duration.ofMinutes(70))));
                claims.put("exp", Date.from(now.minus(Duration.ofMinutes(10))));
            }
            case OTHER_ISSUER -> claims.put("iss", "http://127.0.0.1:1/evil");
            default -> throw new IllegalArgumentException(forgery.name());
        }
        // signed with the provider's own key for this issuer, as its token endpoint signs
        return config.getTokenProvider()
                .jwt(claims, Duration.ofHours(1), ISSUER_ID)
                .serialize();
    }

    /** The provider's own routes, with the token endpoint's ID token falsified while forging. */
    private final class Hostile implements Route {

        private final Route provider;

        Hostile(Route provider) {
            this.provider = provider;
        }

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return true;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            OAuth2HttpResponse response = provider.invoke(request);
            boolean tokenResponse = "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token")
                    && response.getStatus() == 200;
            Forgery forgery = forging.get();
            if (forgery == Forgery.NONE || !tokenResponse) {
                return response;
            }
            try {
                Map<String, Object> tokens = JSONObjectUtils.parse(response.getBody());
                tokens.put("id_token", forge((String) tokens.get("id_token"), forgery));
                return new OAuth2HttpResponse(response.getHeaders(), 200, JSONObjectUtils.toJSONString(tokens), null);
            } catch (ParseException | JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
