package io.parley.interfaces.rest;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the document at {@code /openapi} plain OpenAPI 3. Payara 6 adds a top-level {@code endpoints} member (each
 * application's context root with its paths) that is not part of OpenAPI, and strict validators refuse the document
 * for it; there is no setting to leave it out (later Payara releases rename it {@code x-endpoints},
 * payara/Payara#7891). Payara computes it before it runs this filter and its writer omits empty maps, so the filter
 * empties it. Registered by {@code mp.openapi.filter} in the application's microprofile-config.properties.
 */
public class StandardOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(StandardOpenApi.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            // Payara's own model class, not visible to the application: reached by its public setter
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException notPayara6) {
            // an implementation without that member: nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove Payara's non-standard 'endpoints' from the OpenAPI document", e);
        }
    }
}
