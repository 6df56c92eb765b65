package io.parley.interfaces.web.interview;

import io.parley.application.interview.InterviewService;
import io.parley.domain.model.interview.InterviewId;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** {@code /interviews/calendar.ics?id=}: the interview's invite for the signed-in member (404 for anyone else). */
@WebServlet("/interviews/calendar.ics")
public class CalendarServlet extends InterviewDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private InterviewService interviews;

    @Override
    protected Download download(InterviewId id, HttpServletRequest request) {
        return new Download(
                "text/calendar;charset=UTF-8",
                "interview-" + id.value() + ".ics",
                interviews.calendar(id, prepPage(request, id)).getBytes(StandardCharsets.UTF_8));
    }

    /** The prep page's absolute address, as the browser reached Parley. */
    public static URI prepPage(HttpServletRequest request, InterviewId id) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return URI.create(base + "/interviews/prep.xhtml?id=" + id.value());
    }
}
