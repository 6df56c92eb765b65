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

/** The agenda page's data costs the same number of SQL statements for a panel of one and a panel of six. */
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
            interviews.panelCandidates();
            SqlStatementCounter.reset();
            interviews.find(id);
            agendas.agenda(id);
            interviews.panelCandidates();
            return SqlStatementCounter.count();
        });
    }

    @Test
    void theAgendaPageDoesNotQueryPerPanelMember() {
        int alone = agendaPageStatements(plan(List.of()));
        int six = agendaPageStatements(plan(List.of("ines", "omar", "li", "hana", "rita")));
        assertTrue(alone > 0, "statements are counted");
        assertEquals(alone, six, "a panel of 6 costs as many statements as a panel of 1 (" + alone + ")");
    }
}
