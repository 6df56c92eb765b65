package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.AdherenceReport;
import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.Analytics.KitChoice;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.application.analytics.InterviewerReport;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.rest.ProblemMappers;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The analytics tables as CSV files, with the same filter and order parameters as the page that links to them
 * ({@code /analytics/interviewers.csv?kit=...&sort=-leniency}). Under {@code /analytics/*}, so for hr-admins only
 * (web.xml). A wrong filter is a 400 and a refusal of the service its API status, each with the page's message as
 * plain text.
 */
@WebServlet({
    AnalyticsExportServlet.RELIABILITY,
    AnalyticsExportServlet.INTERVIEWERS,
    AnalyticsExportServlet.DISAGREEMENTS,
    AnalyticsExportServlet.QUESTIONS
})
public class AnalyticsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String RELIABILITY = "/analytics/reliability.csv";
    static final String INTERVIEWERS = "/analytics/interviewers.csv";
    static final String DISAGREEMENTS = "/analytics/disagreements.csv";
    static final String QUESTIONS = "/analytics/questions.csv";

    @EJB
    private Analytics analytics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        ResourceBundle bundle = Messages.bundle(request);
        FilterForm form = new FilterForm();
        FilterForm.PARAMETERS.forEach(name -> form.set(name, request.getParameter(name)));
        List<KitChoice> kits = analytics.kits();
        if (!form.check(kits, INTERVIEWERS.equals(path))) {
            List<String> problems = new ArrayList<>();
            form.problems().forEach((name, problem) -> {
                List<Object> arguments = new ArrayList<>();
                arguments.add(Messages.text(bundle, "analytics.filter." + name));
                arguments.addAll(problem.arguments());
                problems.add(Messages.text(bundle, problem.key(), arguments.toArray()));
            });
            Messages.refuse(response, HttpServletResponse.SC_BAD_REQUEST, String.join("\n", problems));
            return;
        }
        String csv;
        try {
            csv = csv(path, form.filter(), request);
        } catch (DomainException e) {
            Messages.refuse(response, ProblemMappers.status(e.code()), Messages.text(bundle, e.code(), e.arguments()));
            return;
        } catch (ConstraintViolationException e) {
            Messages.refuse(
                    response, HttpServletResponse.SC_BAD_REQUEST, Messages.text(bundle, "analytics.filter.invalid"));
            return;
        }
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        String name = path.substring(path.lastIndexOf('/') + 1);
        String kit = form.filter().kitKey();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + (kit == null ? name : name.replace(".csv", "-" + kit + ".csv")) + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private String csv(String path, AnalyticsFilter filter, HttpServletRequest request) {
        switch (path) {
            case RELIABILITY: {
                var sort = Tables.reliability();
                sort.request(request.getParameter(Tables.SORT));
                return AnalyticsCsv.reliability(
                        sort.sorted(analytics.reliability(filter).competencies()));
            }
            case INTERVIEWERS: {
                var sort = Tables.interviewers();
                sort.request(request.getParameter(Tables.SORT));
                InterviewerReport report = analytics.interviewers(filter);
                return AnalyticsCsv.interviewers(sort.sorted(report.interviewers()), report.scalePoints());
            }
            case DISAGREEMENTS: {
                var sort = Tables.disagreements();
                sort.request(request.getParameter(Tables.SORT));
                AdherenceReport report = analytics.adherence(filter);
                return AnalyticsCsv.disagreements(sort.sorted(report.disagreements()));
            }
            default: {
                var sort = Tables.questions();
                sort.request(request.getParameter(Tables.QUESTIONS_SORT));
                AdherenceReport report = analytics.adherence(filter);
                return AnalyticsCsv.questions(sort.sorted(report.questions()));
            }
        }
    }
}
