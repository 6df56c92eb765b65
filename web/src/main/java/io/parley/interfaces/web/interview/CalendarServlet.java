package io.parley.interfaces.web.interview;

import io.parley.application.interview.InterviewService;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** {@code /interviews/calendar.ics?id=}: the interview's invite for the signed-in member (404 for anyone else). */
@WebServlet("/interviews/calendar.ics")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private InterviewService interviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<InterviewId> id = InterviewEditorBean.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            String ics = interviews.calendar(id.get(), prepPage(request, id.get()));
            response.setContentType("text/calendar;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"interview-" + id.get().value() + ".ics\"");
            response.getWriter().write(ics);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The prep page's absolute address, as the browser reached Parley. */
    public static URI prepPage(HttpServletRequest request, InterviewId id) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return URI.create(base + "/interviews/prep.xhtml?id=" + id.value());
    }
}
