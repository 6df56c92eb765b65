package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import io.parley.infrastructure.identity.IdentitySettings;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the identity source at deployment: of the beans marked {@link ForIdentity}, only those of the source that
 * {@code parley.identity} names stay; the others are vetoed before Jakarta Security (and Payara's OpenID Connect
 * extension) look for mechanism definitions, so exactly one mechanism and its identity store are active. One EAR,
 * no rebuild: the setting comes from MicroProfile Config ({@code PARLEY_IDENTITY} in the environment, a system
 * property, {@code asadmin set-config-property}, or the EAR's own default {@code database}).
 */
public class IdentitySourceSelection implements Extension {

    private static final Logger LOG = Logger.getLogger(IdentitySourceSelection.class.getName());

    private IdentitySource chosen;

    <T> void select(@Observes @WithAnnotations(ForIdentity.class) ProcessAnnotatedType<T> type) {
        ForIdentity marker = type.getAnnotatedType().getAnnotation(ForIdentity.class);
        if (marker == null) {
            return;
        }
        IdentitySource source = chosen(type.getAnnotatedType().getJavaClass().getClassLoader());
        if (marker.value() != source) {
            type.veto();
        }
    }

    private IdentitySource chosen(ClassLoader loader) {
        if (chosen == null) {
            chosen = IdentitySettings.source(
                    ConfigProvider.getConfig(loader).getOptionalValue(IdentitySettings.IDENTITY, String.class));
            LOG.info(() -> "people sign in through " + chosen);
        }
        return chosen;
    }
}
