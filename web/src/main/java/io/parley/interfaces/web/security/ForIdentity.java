package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that belongs to one identity source only (its authentication mechanism definition, its identity
 * store): {@link IdentitySourceSelection} removes it at deployment unless {@code parley.identity} chose that source.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForIdentity {
    IdentitySource value();
}
