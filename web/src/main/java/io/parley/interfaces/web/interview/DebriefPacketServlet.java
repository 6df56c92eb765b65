package io.parley.interfaces.web.interview;

import io.parley.application.decision.DecisionService;
import io.parley.application.interview.AgendaService;
import io.parley.domain.model.interview.InterviewId;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/** {@code /interviews/debrief.pdf?id=}: the debrief packet, for whoever may see the debrief. */
@WebServlet("/interviews/debrief.pdf")
public class DebriefPacketServlet extends InterviewDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @EJB
    private AgendaService agendas;

    @Override
    protected Download download(InterviewId id, HttpServletRequest request) {
        return new Download(
                "application/pdf",
                "debrief-" + id.value() + ".pdf",
                DebriefPacket.render(decisions.debrief(id), agendas.agenda(id).items()));
    }
}
