package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.PanelSeat;
import io.parley.domain.model.interview.InterviewId;
import io.parley.infrastructure.demo.DemoKit;
import io.parley.infrastructure.persistence.SqlStatementCounter;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The panel pages' data (agenda editor, prep page, My interviews) costs the same number of SQL statements for a
 * panel of one, of six and of twelve: nothing is loaded per panel member.
 */
@ExtendWith(ArquillianExtension.class)
class SqlStatementCountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SqlStatementCountIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private InterviewService interviews;

    @EJB
    private AgendaService agendas;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private TestUsers testUsers;

    private InterviewId plan(List<String> others) {
        List<PanelSeat> panel = new ArrayList<>();
        panel.add(new PanelSeat("max", true));
        others.forEach(user -> panel.add(new PanelSeat(user, false)));
        return rita.call(() -> interviews.plan(new InterviewDraft("c-" + UUID.randomUUID(), "Pat Example",
                "pat@example.com", "job-1", "Backend Engineer", DemoKit.KEY,
                ZonedDateTime.of(2033, 1, 10, 9, 0, 0, 0, ZoneId.of("UTC")), 105, "Room 3", panel)));
    }

    /** The statements the agenda page's three service calls send (interview, agenda, panel names). */
    private int agendaPageStatements(InterviewId id) {
        return max.call(() -> {
            interviews.find(id);
            agendas.agenda(id);
            interviews.panelNames(id);
            SqlStatementCounter.reset();
            interviews.find(id);
            agendas.agenda(id);
            interviews.panelNames(id);
            return SqlStatementCounter.count();
        });
    }

    /** The statements of the prep page and of the first page of My interviews. */
    private int prepAndHomeStatements(InterviewId id) {
        return max.call(() -> {
            interviews.prep(id);
            interviews.mine(0, 20);
            SqlStatementCounter.reset();
            interviews.prep(id);
            interviews.mine(0, 20);
            return SqlStatementCounter.count();
        });
    }

    @Test
    void theAgendaPageDoesNotQueryPerPanelMember() {
        int alone = agendaPageStatements(plan(List.of()));
        int six = agendaPageStatements(plan(List.of("ines", "omar", "li", "hana", "rita")));
        int twelve = agendaPageStatements(plan(testUsers.interviewers(11)));
        assertTrue(alone > 0, "statements are counted");
        assertEquals(alone, six, "a panel of 6 costs as many statements as a panel of 1 (" + alone + ")");
        assertEquals(alone, twelve, "a panel of 12 costs as many statements as a panel of 1 (" + alone + ")");
    }

    @Test
    void thePrepPageAndHomePageDoNotQueryPerPanelMember() {
        int alone = prepAndHomeStatements(plan(List.of()));
        int twelve = prepAndHomeStatements(plan(testUsers.interviewers(11)));
        assertTrue(alone > 0, "statements are counted");
        assertEquals(alone, twelve, "a panel of 12 costs as many statements as a panel of 1 (" + alone + ")");
    }
}
