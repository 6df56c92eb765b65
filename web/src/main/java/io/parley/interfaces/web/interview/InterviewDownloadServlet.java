package io.parley.interfaces.web.interview;

import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.rest.ProblemMappers;
import io.parley.interfaces.web.shell.InterviewIds;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A file about one interview, downloaded from a page ({@code ?id=}): the subclass produces it through a service,
 * which decides who may have it; a refusal becomes the same status the API gives it (404, 403, 409, 422).
 */
public abstract class InterviewDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What is sent: its media type, the file name offered to the browser, the bytes. */
    public record Download(String contentType, String fileName, byte[] body) {}

    protected abstract Download download(InterviewId id, HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<InterviewId> id = InterviewIds.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download;
        try {
            download = download(id.get(), request);
        } catch (DomainException e) {
            response.sendError(ProblemMappers.status(e.code()));
            return;
        }
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        response.setContentLength(download.body().length);
        response.getOutputStream().write(download.body());
    }
}
