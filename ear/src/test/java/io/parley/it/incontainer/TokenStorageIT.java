package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.token.IssuedToken;
import io.parley.application.token.TokenService;
import io.parley.domain.model.token.ApiToken;
import io.parley.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the token table really holds: the hash of a secret, never the secret itself. */
@ExtendWith(ArquillianExtension.class)
class TokenStorageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TokenStorageIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private TokenService tokens;

    @Inject
    private AsInterviewer interviewer;

    @Inject
    private AsHrAdmin admin;

    @Resource(lookup = "java:app/jdbc/parley")
    private DataSource dataSource;

    @Test
    void personalAndAtsTokensAreStoredAsTheirHashOnly() throws Exception {
        for (IssuedToken issued : List.of(
                interviewer.call(() -> tokens.issuePersonal("storage check")),
                admin.call(() -> tokens.issueAts("storage check")))) {
            List<String> row = row(issued.token().id());
            assertFalse(row.isEmpty(), "the token's row is there");
            assertTrue(
                    row.stream().noneMatch(value -> value != null && value.contains(issued.secret())),
                    "no column holds the secret: " + row);
            assertTrue(row.contains(ApiToken.hash(issued.secret())), "the SHA-256 hash is stored: " + row);
            assertEquals(64, ApiToken.hash(issued.secret()).length());
        }
    }

    /** Every column of one token row as text. */
    private List<String> row(long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from api_token where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (rows.next()) {
                    ResultSetMetaData meta = rows.getMetaData();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        values.add(rows.getString(column));
                    }
                }
                return values;
            }
        }
    }
}
