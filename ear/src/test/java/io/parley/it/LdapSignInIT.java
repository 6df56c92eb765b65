package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import io.parley.it.support.Slapd;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.ModificationItem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code parley.identity=ldap} against a real OpenLDAP ({@link Slapd}, Debian's slapd with a test tree of
 * {@code groupOfNames}): Parley's login page checks the password in the directory, the first sign-in creates the
 * person with name and roles from the directory, group names map to roles through {@code parley.roles.*}, people in
 * no Parley group see the no-access page, and user names cannot widen the directory search.
 */
@ExtendWith(ArquillianExtension.class)
class LdapSignInIT {

    private static Slapd directory;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        directory = Slapd.start();
        return Deployments.ear(directory.settings());
    }

    @AfterAll
    static void stopDirectory() {
        if (directory != null) {
            directory.close();
        }
    }

    @ArquillianResource
    private URL base;

    private PageClient client() {
        return new PageClient(URI.create(base.toString()));
    }

    @Test
    void aDirectoryUserSignsInWithTheDirectorysPasswordAndGetsTheRolesOfTheirGroups() {
        PageClient lena = client();
        HttpResponse<String> signIn = lena.signIn("lena", "lena-password-1");
        assertEquals(302, signIn.statusCode(), signIn.body());
        HttpResponse<String> home = lena.follow("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Lena Vogel"), "the name shown comes from displayName");
        assertEquals(200, lena.get("kits/kit-list.xhtml").statusCode(), "parley-hr gives hr-admin");

        PageClient kim = client();
        assertEquals(302, kim.signIn("kim(ops)*", "kim-password-1").statusCode(), "filter characters in a name");
        HttpResponse<String> kimsHome = kim.follow("");
        assertTrue(kimsHome.body().contains("Kim Ops"), "without displayName the name is cn");
        assertEquals(403, kim.get("kits/kit-list.xhtml").statusCode(), "Panel Pool gives interviewer only");
    }

    @Test
    void aWrongPasswordIsTheUsualMessage() {
        HttpResponse<String> response = client().signIn("lena", "not-her-password");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("The user name or password is not right"), response.body());
    }

    @Test
    void filterCharactersInTheUserNameMatchNobodyElse() {
        for (String name : new String[] {"*", "l*", "lena)(uid=*", "*)(|(uid=*", "lena\\2a"}) {
            HttpResponse<String> response = client().signIn(name, "lena-password-1");
            assertEquals(200, response.statusCode(), name);
            assertTrue(response.body().contains("The user name or password is not right"), name);
        }
    }

    @Test
    void someoneInNoParleyGroupSeesTheNoAccessPageNotWrongPassword() {
        PageClient nora = client();
        HttpResponse<String> signIn = nora.signIn("nora", "nora-password-1");
        assertEquals(302, signIn.statusCode());
        assertTrue(signIn.headers().firstValue("Location").orElse("").contains("/no-access.xhtml"));
        HttpResponse<String> page = nora.follow("no-access.xhtml?reason=no-group");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("none of the groups that give access to Parley"), page.body());
        assertTrue(page.body().contains("ask your HR admin"), page.body());
        assertEquals(302, nora.get("").statusCode(), "no session was kept: Parley sends her to sign in");
    }

    @Test
    void theLocalDemoUsersCannotSignInWhenTheDirectoryIsTheIdentitySource() {
        HttpResponse<String> response = client().signIn("hana", "parley");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("The user name or password is not right"), response.body());
    }

    @Test
    void losingEveryParleyGroupEndsAccessFromTheNextSignInOn() throws NamingException {
        PageClient first = client();
        assertEquals(302, first.signIn("tom", "tom-password-1").statusCode());
        assertTrue(first.follow("").body().contains("Tom Berger"));

        changeMembership(DirContext.REMOVE_ATTRIBUTE, "Panel Pool", "uid=tom,ou=people," + Slapd.SUFFIX);
        try {
            PageClient again = client();
            HttpResponse<String> signIn = again.signIn("tom", "tom-password-1");
            assertEquals(302, signIn.statusCode());
            assertTrue(signIn.headers().firstValue("Location").orElse("").contains("/no-access.xhtml"));
            assertFalse(again.follow("").body().contains("Tom Berger"), "no session for him");
        } finally {
            changeMembership(DirContext.ADD_ATTRIBUTE, "Panel Pool", "uid=tom,ou=people," + Slapd.SUFFIX);
        }
        assertEquals(302, client().signIn("tom", "tom-password-1").statusCode(), "back in the group, back in Parley");
    }

    private static void changeMembership(int operation, String group, String memberDn) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, directory.url());
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, Slapd.ADMIN_DN);
        env.put(Context.SECURITY_CREDENTIALS, Slapd.ADMIN_PASSWORD);
        DirContext admin = new InitialDirContext(env);
        try {
            admin.modifyAttributes(
                    "cn=" + group + ",ou=groups," + Slapd.SUFFIX,
                    new ModificationItem[] {new ModificationItem(operation, new BasicAttribute("member", memberDn))});
        } finally {
            admin.close();
        }
    }
}
