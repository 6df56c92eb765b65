package io.parley.interfaces.web.interview;

import io.parley.application.decision.DecisionService;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /interviews/debrief.pdf?id=}: the debrief packet, for whoever may see the debrief (403/404 otherwise). */
@WebServlet("/interviews/debrief.pdf")
public class DebriefPacketServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<InterviewId> id = InterviewEditorBean.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = decisions.packet(id.get());
        } catch (DomainException e) {
            response.sendError(e.code().endsWith(".notFound") ? HttpServletResponse.SC_NOT_FOUND
                    : e.code().equals("debrief.notOpen") ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"debrief-" + id.get().value() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
