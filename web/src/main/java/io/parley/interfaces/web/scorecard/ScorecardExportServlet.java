package io.parley.interfaces.web.scorecard;

import io.parley.application.scorecard.ScorecardService;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.interview.InterviewEditorBean;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code /interviews/scorecards.csv?id=}: the submitted scorecards as CSV (one row per rating), for whoever the
 * blind rule lets see them; 403 for a member who has not submitted, 404 for anyone who cannot see the interview.
 */
@WebServlet("/interviews/scorecards.csv")
public class ScorecardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScorecardService scorecards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<InterviewId> id = InterviewEditorBean.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        java.util.List<SubmittedScorecard> cards;
        try {
            cards = scorecards.submitted(id.get());
        } catch (DomainException e) {
            response.sendError(e.code().endsWith(".notFound") ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"scorecards-" + id.get().value() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print("interviewer,submitted_at,amended,recommendation,competency,rating,evidence,key_takeaways\r\n");
        for (SubmittedScorecard card : cards) {
            for (Rating rating : card.content().ratings()) {
                out.print(String.join(",", csv(card.interviewer()), csv(card.submittedAt().toString()),
                        csv(String.valueOf(card.amended())), csv(card.content().recommendation().name()),
                        csv(rating.competency()), csv(rating.rating() == null ? "" : rating.rating().toString()),
                        csv(rating.evidence()), csv(card.content().keyTakeaways())) + "\r\n");
            }
        }
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
    static String csv(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
