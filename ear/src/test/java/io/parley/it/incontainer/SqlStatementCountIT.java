package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.PanelSeat;
import io.parley.application.scorecard.MyScorecard;
import io.parley.application.scorecard.ScorecardService;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
import io.parley.infrastructure.persistence.SqlStatementCounter;
import io.parley.it.ejbside.PersistenceContexts;
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
 * The panel pages' data (agenda editor, prep page, My interviews, scorecard page and its autosave) costs the same
 * number of SQL statements for a panel of one (two where the kit needs two interviewers), of six and of twelve:
 * nothing is loaded per panel member.
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

    @EJB
    private ScorecardService scorecards;

    @Inject
    private PersistenceContexts persistence;

    private InterviewId plan(List<String> others) {
        List<PanelSeat> panel = new ArrayList<>();
        panel.add(new PanelSeat("max", true));
        others.forEach(user -> panel.add(new PanelSeat(user, false)));
        return rita.call(() -> interviews.plan(new InterviewDraft(
                "c-" + UUID.randomUUID(),
                "Pat Example",
                "pat@example.com",
                "job-1",
                "Backend Engineer",
                DemoKit.KEY,
                ZonedDateTime.of(2033, 1, 10, 9, 0, 0, 0, ZoneId.of("UTC")),
                105,
                "Room 3",
                panel)));
    }

    /** The statements of the agenda page's read (interview, agenda, panel names in one call). */
    private int agendaPageStatements(InterviewId id) {
        return max.call(() -> {
            interviews.page(id);
            SqlStatementCounter.reset();
            interviews.page(id);
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

    /**
     * Planned as above with an agenda that gives every member a block, proposed and approved by max; the other
     * members' approvals are written directly, since the in-container callers act only as the demo users.
     */
    private InterviewId agreed(List<String> others) {
        InterviewId id = plan(others);
        int each = 2;
        List<AgendaItem> items = new ArrayList<>();
        items.add(new AgendaItem(AgendaBlockKind.WELCOME, "Welcome", 5, "max", List.of(), List.of()));
        items.add(new AgendaItem(
                AgendaBlockKind.COMPETENCY,
                "With max",
                105 - 20 - each * others.size(),
                "max",
                Interviews.REQUIRED,
                List.of()));
        others.forEach(user -> items.add(new AgendaItem(
                AgendaBlockKind.COMPETENCY, "With " + user, each, user, Interviews.REQUIRED, List.of())));
        items.add(
                new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 10, "max", List.of(), List.of()));
        items.add(new AgendaItem(AgendaBlockKind.WRAP_UP, "Wrap-up", 5, "max", List.of(), List.of()));
        long version = max.call(() -> agendas.save(id, agendas.agenda(id).version(), items));
        max.call(() -> {
            agendas.propose(id, version);
            agendas.approve(id);
            return null;
        });
        persistence.nativeUpdate("update agenda_approval set state = 'APPROVED' where interview_id = ?", id.value());
        persistence.nativeUpdate("update agenda set status = 'AGREED' where interview_id = ?", id.value());
        persistence.nativeUpdate("update interview set status = 'AGENDA_AGREED' where id = ?", id.value());
        return id;
    }

    private static ScorecardContent takeaways(String text) {
        ScorecardContent empty = ScorecardContent.empty();
        return new ScorecardContent(
                empty.ratings(), empty.questionNotes(), empty.candidateQuestions(), empty.dealBreakers(), text, null);
    }

    /**
     * The statements of max's scorecard page (his draft, the others' scorecards he may not see yet) and one autosave,
     * each a call of its own as the page's requests are (the refused call rolls its transaction back).
     */
    private int scorecardPageStatements(InterviewId id) {
        scorecardPage(id, "first");
        SqlStatementCounter.reset();
        scorecardPage(id, "second");
        return SqlStatementCounter.count();
    }

    private void scorecardPage(InterviewId id, String takeaways) {
        MyScorecard mine = max.call(() -> scorecards.mine(id));
        assertTrue(
                max.refusal(() -> scorecards.submitted(id, Channel.API)) instanceof DomainException,
                "a member with a draft sees nobody else's scorecard");
        max.call(() -> scorecards.save(id, mine.version(), takeaways(takeaways), null));
    }

    @Test
    void theScorecardPageAndItsAutosaveDoNotQueryPerPanelMember() {
        int two = scorecardPageStatements(agreed(List.of("ines")));
        int twelve = scorecardPageStatements(agreed(testUsers.interviewers(11)));
        assertTrue(two > 0, "statements are counted");
        assertEquals(two, twelve, "a panel of 12 costs as many statements as a panel of 2 (" + two + ")");
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
