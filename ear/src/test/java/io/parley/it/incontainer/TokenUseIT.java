package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.token.IssuedToken;
import io.parley.application.token.TokenAuthenticator;
import io.parley.application.token.TokenService;
import io.parley.application.token.TokenSummary;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A token's last use is recorded on its first call and then at most once a minute, not on every call. */
@ExtendWith(ArquillianExtension.class)
class TokenUseIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TokenUseIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private TokenService tokens;

    @EJB
    private TokenAuthenticator authenticator;

    @Inject
    private AsInterviewer ines;

    @Test
    void theFirstUseIsRecordedAndTheNextOnesOfTheSameMinuteAreNot() {
        String name = "use " + System.nanoTime();
        IssuedToken issued = ines.call(() -> tokens.issuePersonal(name));
        assertNull(summary(name).lastUsedAt(), "a new token was never used");

        assertTrue(authenticator.authenticate(issued.secret()).isPresent());
        Instant first = summary(name).lastUsedAt();
        assertNotNull(first, "the first use is recorded");

        assertTrue(authenticator.authenticate(issued.secret()).isPresent());
        assertEquals(first, summary(name).lastUsedAt(), "a use within the minute writes nothing");
    }

    private TokenSummary summary(String name) {
        return ines.call(() -> tokens.mine()).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
