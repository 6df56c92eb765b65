package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** An RFC 9457 problem details response: {@code application/problem+json} with type, title, status and detail. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    /** The title of a status: its reason phrase ("Conflict"), 422 as "Unprocessable Content". */
    public static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, null, List.of());
    }

    /** With the domain's code (e.g. {@code agenda.rule.minutesMismatch}) and, for rule refusals, every broken rule. */
    public static Response of(int status, String title, String detail, String code, List<String> violations) {
        return of(status, title, detail, code, violations, null);
    }

    /**
     * As above, and {@code fields}: where each violation lies in the document sent or stored, as
     * {@code {"path","code","detail"}} objects (a kit's import and publishing).
     */
    public static Response of(
            int status, String title, String detail, String code, List<String> violations, JsonArray fields) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status, title, detail, code, violations, fields))
                .build();
    }

    /** The same answer written by a servlet filter, before JAX-RS sees the request (401, 413). */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null);
    }

    /** With the domain's code, when there is one (the scorecard page's autosave servlet). */
    public static void write(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status, title, detail, code, List.of(), null));
    }

    private static String body(
            int status, String title, String detail, String code, List<String> violations, JsonArray fields) {
        JsonObjectBuilder body = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("type", code == null ? "about:blank" : "urn:parley:problem:" + code)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (code != null) {
            body.add("code", code);
        }
        if (!violations.isEmpty()) {
            body.add("violations", Jsonp.PROVIDER.createArrayBuilder(violations));
        }
        if (fields != null) {
            body.add("fields", fields);
        }
        return body.build().toString();
    }
}
