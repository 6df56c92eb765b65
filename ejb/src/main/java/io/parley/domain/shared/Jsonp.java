package io.parley.domain.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code Jsonp.PROVIDER.createObjectBuilder()} and its siblings look the
 * provider up through the service loader on every call; the load benchmark found that lookup on top of the
 * profile (every converted column is written to JSON when EclipseLink checks an entity for changes).
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {}
}
