package io.parley.interfaces.web.scorecard;

import io.parley.application.scorecard.ScorecardService;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import io.parley.interfaces.rest.BadRequest;
import io.parley.interfaces.rest.JsonBodies;
import io.parley.interfaces.rest.Problem;
import io.parley.interfaces.rest.ProblemMappers;
import io.parley.interfaces.rest.ScorecardJson;
import io.parley.interfaces.web.shell.CsrfToken;
import io.parley.interfaces.web.shell.Formats;
import io.parley.interfaces.web.shell.InterviewIds;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The scorecard page's autosave: the page's script posts the typed draft as JSON (the API's scorecard body) with the
 * version it last saw, and gets the new version and its "Saved at" line back. Nothing of a Faces view is restored or
 * rendered for it, which made it the cheapest request of the panel's pages (docs/performance.md). Signed-in users
 * only (the container's constraint on every page), with the session's {@link CsrfToken} in a header, at most 1 MB
 * ({@link io.parley.interfaces.rest.BodySizeLimit} covers this path); a refusal is
 * problem+json whose detail the page shows as it is, in the user's language.
 */
@WebServlet(urlPatterns = "/interviews/scorecard-draft")
public class ScorecardDraftServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ScorecardService scorecards;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle messages = Messages.bundle(request);
        if (!CsrfToken.matches(request)) {
            problem(response, 403, "Forbidden", text(messages, "scorecard.autosave.forbidden"), null);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            problem(response, 415, "Unsupported Media Type", "The draft must be sent as application/json.", null);
            return;
        }
        Optional<InterviewId> interview = InterviewIds.parse(request.getParameter("id"));
        Optional<Long> version = version(request.getParameter("version"));
        if (interview.isEmpty() || version.isEmpty()) {
            problem(
                    response,
                    400,
                    "Bad Request",
                    "The address needs the interview's id and the draft's version.",
                    null);
            return;
        }
        try {
            // BodySizeLimit has refused anything over 1 MB before this servlet sees it
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ScorecardContent content = ScorecardJson.content(JsonBodies.object(body));
            ScorecardService.Saved saved = scorecards.save(interview.get(), version.get(), content, null);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Jsonp.PROVIDER
                            .createObjectBuilder()
                            .add("version", saved.version())
                            .add("savedAt", saved.savedAt().toString())
                            .add("status", saved.status().name())
                            .add(
                                    "savedText",
                                    text(messages, "scorecard.savedAt") + " "
                                            + Formats.time(saved.savedAt(), messages.getLocale()))
                            .build()
                            .toString());
        } catch (BadRequest e) {
            problem(response, 400, "Bad Request", e.getMessage(), null);
        } catch (DomainException e) {
            int status = ProblemMappers.status(e.code());
            problem(
                    response,
                    status,
                    Problem.title(status),
                    text(messages, ScorecardBean.messageKey(e.code()), e.arguments()),
                    e.code());
        } catch (EJBAccessException e) {
            problem(response, 403, "Forbidden", text(messages, "scorecard.autosave.forbidden"), null);
        }
    }

    /** Only POST saves; anything else is told so in problem details, not with the server's error page. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problem(response, 405, "Method Not Allowed", "The draft is saved with POST.", null);
            return;
        }
        super.service(request, response);
    }

    private static Optional<Long> version(String text) {
        try {
            long version = Long.parseLong(text == null ? "" : text.strip());
            return version < 0 ? Optional.empty() : Optional.of(version);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(ResourceBundle messages, String key, Object... args) {
        return Messages.text(messages, key, args);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        Problem.write(response, status, title, detail, code);
    }
}
