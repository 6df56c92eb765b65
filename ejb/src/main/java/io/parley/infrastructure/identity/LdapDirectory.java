package io.parley.infrastructure.identity;

import io.parley.domain.model.user.DirectoryProfile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The company's LDAP directory (OpenLDAP, Active Directory), read with the JDK's own LDAP client:
 * <ol>
 *   <li>finds the person under {@code parley.ldap.user-base-dn} by {@code parley.ldap.user-id-attribute} (default
 *       {@code uid}; {@code sAMAccountName} for Active Directory), bound as {@code parley.ldap.bind-dn}; the user
 *       name goes into the filter as a filter argument, which the JDK escapes (RFC 4515), so {@code *}, {@code (}
 *       or {@code \} in a name match nothing else;</li>
 *   <li>checks the password by binding as the person found (an empty password is refused before: LDAP would take
 *       it as an anonymous bind);</li>
 *   <li>takes their groups from {@code memberOf} where the directory keeps it, and from {@code groupOfNames}
 *       entries under {@code parley.ldap.group-base-dn} that name them as {@code member}; a group's name is its
 *       {@code cn}. Nested groups are not followed.</li>
 * </ol>
 * The name shown is {@code displayName}, else {@code cn}; the e-mail is {@code mail}. Every connection has a connect
 * and a read timeout (5 s, 10 s) and is closed after use; referrals are ignored.
 */
@ApplicationScoped
public class LdapDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());
    private static final String CONNECT_TIMEOUT_MS = "5000";
    private static final String READ_TIMEOUT_MS = "10000";

    private String url;
    private Optional<String> bindDn;
    private Optional<String> bindPassword;
    private String userBaseDn;
    private String userIdAttribute;
    private Optional<String> groupBaseDn;

    @PostConstruct
    void readSettings() {
        Config config = ConfigProvider.getConfig(LdapDirectory.class.getClassLoader());
        url = config.getOptionalValue("parley.ldap.url", String.class).orElse("ldap://localhost:389");
        bindDn = config.getOptionalValue("parley.ldap.bind-dn", String.class);
        bindPassword = config.getOptionalValue("parley.ldap.bind-password", String.class);
        userBaseDn = config.getOptionalValue("parley.ldap.user-base-dn", String.class)
                .orElse("");
        userIdAttribute = config.getOptionalValue("parley.ldap.user-id-attribute", String.class)
                .orElse("uid");
        groupBaseDn = config.getOptionalValue("parley.ldap.group-base-dn", String.class);
    }

    /** The person whose user name and password these are, or empty when either is wrong or unknown. */
    public Optional<DirectoryProfile> authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        DirContext service = null;
        try {
            service = connect(bindDn.orElse(null), bindPassword.orElse(null));
            Optional<SearchResult> entry = findPerson(service, username.strip());
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            String dn = entry.get().getNameInNamespace();
            if (!passwordMatches(dn, password)) {
                return Optional.empty();
            }
            return Optional.of(person(service, dn, entry.get().getAttributes()));
        } catch (NamingException e) {
            // the directory is down or refuses the service account: nobody signs in, and the log says why
            LOG.log(Level.WARNING, "LDAP directory at " + url + " could not be read: " + e.getMessage());
            return Optional.empty();
        } finally {
            close(service);
        }
    }

    private Optional<SearchResult> findPerson(DirContext service, String username) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setReturningAttributes(new String[] {userIdAttribute, "displayName", "cn", "mail", "memberOf"});
        NamingEnumeration<SearchResult> results =
                service.search(userBaseDn, "(" + userIdAttribute + "={0})", new Object[] {username}, controls);
        try {
            if (!results.hasMore()) {
                return Optional.empty();
            }
            SearchResult first = results.next();
            if (results.hasMore()) {
                LOG.warning(() -> "LDAP: more than one entry has " + userIdAttribute + "=" + username + "; refused");
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (SizeLimitExceededException e) {
            return Optional.empty();
        } finally {
            results.close();
        }
    }

    private boolean passwordMatches(String dn, String password) throws NamingException {
        try {
            close(connect(dn, password));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private DirectoryProfile person(DirContext service, String dn, Attributes attributes) throws NamingException {
        String username = first(attributes, userIdAttribute).orElseThrow();
        Optional<String> shownName = first(attributes, "displayName");
        String displayName = shownName.isPresent()
                ? shownName.get()
                : first(attributes, "cn").orElse(username);
        Set<String> groups = new LinkedHashSet<>();
        Attribute memberOf = attributes.get("memberOf");
        if (memberOf != null) {
            NamingEnumeration<?> values = memberOf.getAll();
            while (values.hasMore()) {
                commonName(String.valueOf(values.next())).ifPresent(groups::add);
            }
        }
        if (groupBaseDn.isPresent()) {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {"cn"});
            NamingEnumeration<SearchResult> found = service.search(
                    groupBaseDn.get(), "(&(objectClass=groupOfNames)(member={0}))", new Object[] {dn}, controls);
            try {
                while (found.hasMore()) {
                    first(found.next().getAttributes(), "cn").ifPresent(groups::add);
                }
            } finally {
                found.close();
            }
        }
        return new DirectoryProfile(username, displayName, first(attributes, "mail"), groups);
    }

    private DirContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.REFERRAL, "ignore");
        env.put("com.sun.jndi.ldap.connect.timeout", CONNECT_TIMEOUT_MS);
        env.put("com.sun.jndi.ldap.read.timeout", READ_TIMEOUT_MS);
        if (principal == null) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, principal);
            env.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        }
        return new InitialDirContext(env);
    }

    private static Optional<String> first(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        if (attribute == null || attribute.size() == 0) {
            return Optional.empty();
        }
        Object value = attribute.get();
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** The {@code cn} of a group's DN ({@code cn=parley-hr,ou=groups,dc=example,dc=com} is {@code parley-hr}). */
    static Optional<String> commonName(String dn) {
        try {
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("cn")) {
                    return Optional.of(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            LOG.fine(() -> "not a DN in memberOf: " + dn);
        }
        return Optional.empty();
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                LOG.fine(() -> "closing an LDAP connection: " + e.getMessage());
            }
        }
    }
}
