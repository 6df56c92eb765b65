package io.parley.interfaces.web.scorecard;

import io.parley.application.scorecard.ScorecardService;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.scorecard.Rating;
import io.parley.interfaces.web.interview.InterviewDownloadServlet;
import io.parley.interfaces.web.shell.Csv;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /interviews/scorecards.csv?id=}: the submitted scorecards as CSV (one row per rating), for whoever the
 * blind rule lets see them; 403 for a member who has not submitted, 404 for anyone who cannot see the interview.
 */
@WebServlet("/interviews/scorecards.csv")
public class ScorecardExportServlet extends InterviewDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScorecardService scorecards;

    @Override
    protected Download download(InterviewId id, HttpServletRequest request) {
        StringBuilder out = new StringBuilder(
                "interviewer,submitted_at,amended,recommendation,competency,rating,evidence,key_takeaways\r\n");
        List<SubmittedScorecard> submitted = scorecards.submitted(id, Channel.PAGE);
        for (SubmittedScorecard card : submitted) {
            for (Rating rating : card.content().ratings()) {
                out.append(String.join(
                                ",",
                                csv(card.interviewer()),
                                csv(card.submittedAt().toString()),
                                csv(String.valueOf(card.amended())),
                                csv(card.content().recommendation().name()),
                                csv(rating.competency()),
                                csv(
                                        rating.rating() == null
                                                ? ""
                                                : rating.rating().toString()),
                                csv(rating.evidence()),
                                csv(card.content().keyTakeaways())))
                        .append("\r\n");
            }
        }
        return new Download(
                "text/csv;charset=UTF-8",
                "scorecards-" + id.value() + ".csv",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
    static String csv(String value) {
        return Csv.cell(value);
    }
}
