package io.parley.interfaces.web.interview;

import io.parley.application.decision.DecisionService;
import io.parley.application.interview.AgendaService;
import io.parley.domain.model.audit.Channel;
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
        byte[] packet = DebriefPacket.render(
                decisions.debriefPacket(id, Channel.PAGE), agendas.agenda(id).items());
        return new Download("application/pdf", "debrief-" + id.value() + ".pdf", packet);
    }
}
