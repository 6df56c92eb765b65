package io.parley.interfaces.rest;

import io.parley.application.kit.KitImportException;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every refusal as problem details; never a stack trace. English texts from the pages' bundle. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final String BUNDLE = "io.parley.web.messages";

    private ProblemMappers() {}

    static String text(String code, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        String pattern = bundle.containsKey(code) ? bundle.getString(code) : code;
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /**
     * 404 not visible, 409 stale, taken or wrong state, 403 wrong person, 400 a kit document not of the exchange
     * format's shape, 422 a rule or value the domain refuses.
     */
    public static int status(String code) {
        if (code.endsWith(".notFound") || code.endsWith("NotFound")) { // e.g. webhook.deliveryNotFound
            return 404;
        }
        if (code.equals("kit.import.empty")
                || code.equals("kit.import.malformed")
                || code.equals("kit.import.format")
                || code.equals("kit.import.invalid")
                || code.equals("kit.import.unknownValue")
                || code.equals(KitImportException.UNREADABLE)) {
            return 400;
        }
        if (code.equals("kit.import.tooLarge")) {
            return 413;
        }
        if (code.startsWith("conflict.")
                || code.equals("interview.closed")
                || code.equals("interview.stillOpen")
                || code.equals("decision.candidateErased")
                || code.equals("interview.started")
                || code.equals("agenda.alreadyAgreed")
                || code.equals("agenda.notProposed")
                || code.equals("scorecard.agendaNotAgreed")
                || code.equals("scorecard.notStarted")
                || code.equals("scorecard.alreadySubmitted")
                || code.equals("scorecard.nothingSaved")
                || code.equals("scorecard.feedbackClosed")
                || code.equals("decision.notYet")
                || code.equals("decision.alreadyDecided")
                || code.equals("debrief.notOpen")
                || code.equals("interview.notCollectingFeedback")
                || code.equals("interview.feedbackDeadlineAhead")
                || code.equals("kit.key.taken")
                || code.equals("kit.readOnly")
                || code.startsWith("runSheet.") && !code.equals("runSheet.notOnPanel")) {
            return 409;
        }
        if (code.endsWith(".notAllowed") || code.endsWith(".notOnPanel") || code.equals("scorecard.blind")) {
            return 403;
        }
        return 422;
    }

    @Provider
    public static class DomainRefusal implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            int status = status(e.code());
            List<String> violations = e.reasons().stream()
                    .map(v -> v.code() + ": " + text(v.code(), v.arguments().toArray()))
                    .toList();
            String detail = violations.isEmpty() ? text(e.code(), e.arguments()) : String.join(" ", violations);
            return Problem.of(status, Problem.title(status), detail, e.code(), violations);
        }
    }

    @Provider
    public static class AccessRefusal implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.of(403, "Forbidden", "The token's role does not allow this.");
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("The request is not valid.");
            return Problem.of(400, "Bad Request", detail);
        }
    }

    @Provider
    public static class HttpRefusal implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return Problem.of(
                    status,
                    known == null ? "Error" : known.getReasonPhrase(),
                    status == 404
                            ? "There is no such resource."
                            : known == null ? "The request was refused." : known.getReasonPhrase() + ".");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
            if (cause instanceof DomainException domain) {
                return new DomainRefusal().toResponse(domain);
            }
            if (cause instanceof EJBAccessException access) {
                return new AccessRefusal().toResponse(access);
            }
            if (cause instanceof JsonException
                    || cause instanceof JsonbException
                    || cause instanceof ProcessingException
                    || cause instanceof IllegalArgumentException
                    || cause instanceof DateTimeException) {
                return Problem.of(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
            }
            LOG.log(Level.WARNING, "API request failed", e);
            return Problem.of(500, "Internal Server Error", "Something went wrong; nothing was changed.");
        }
    }
}
