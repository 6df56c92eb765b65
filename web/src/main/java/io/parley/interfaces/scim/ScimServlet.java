package io.parley.interfaces.scim;

import io.parley.application.user.GroupData;
import io.parley.application.user.ProvisionedGroup;
import io.parley.application.user.ProvisionedPage;
import io.parley.application.user.ProvisionedUser;
import io.parley.application.user.Provisioning;
import io.parley.application.user.UserData;
import io.parley.application.user.UserKey;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SCIM 2.0 endpoints under {@code /scim/v2}: {@code Users} and {@code Groups} (create, read, list with an
 * {@code eq} filter and paging, replace, patch, delete) and the discovery resources {@code ServiceProviderConfig},
 * {@code ResourceTypes} and {@code Schemas}. Every refusal is a SCIM error object with a 4xx status.
 */
@WebServlet(name = "scim", urlPatterns = "/scim/v2/*")
public class ScimServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScimServlet.class.getName());
    static final int MAX_BODY = 1024 * 1024;
    private static final int DEFAULT_COUNT = 100;

    private static final Map<String, String> USER_FILTERS = Map.of(
            "username", "userName",
            "externalid", "externalId",
            "id", "id");
    private static final Map<String, String> GROUP_FILTERS = Map.of(
            "displayname", "displayName",
            "id", "id");

    @EJB
    private Provisioning provisioning;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            route(request, response);
        } catch (ScimError e) {
            write(response, e.status(), ScimJson.error(e.status(), e.scimType(), e.detail()));
        } catch (RuntimeException e) {
            ScimError error = translate(e);
            write(response, error.status(), ScimJson.error(error.status(), error.scimType(), error.detail()));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        List<String> parts = List.of(path.replaceAll("^/+|/+$", "").split("/+"));
        String base = base(request);
        String resource = parts.get(0);
        if (parts.size() > 2) {
            throw ScimError.notFound("There is no SCIM resource at " + path + ".");
        }
        String id = parts.size() == 2 ? parts.get(1) : null;
        switch (resource) {
            case "Users" -> users(method, id, request, response, base);
            case "Groups" -> groups(method, id, request, response, base);
            case "ServiceProviderConfig", "ResourceTypes", "Schemas" -> {
                allow(method, "GET");
                write(response, 200, ScimDiscovery.resource(resource, id, base));
            }
            default -> throw ScimError.notFound("There is no SCIM resource at " + path + ".");
        }
    }

    private void users(String method, String id, HttpServletRequest request, HttpServletResponse response, String base)
            throws IOException {
        if (id == null) {
            if (method.equals("GET")) {
                write(response, 200, ScimJson.list(listUsers(request), user -> ScimJson.user(user, base)));
            } else if (method.equals("POST")) {
                ProvisionedUser user = provisioning.createUser(ScimJson.user(body(request)));
                created(response, ScimJson.user(user, base), base + "/Users/" + user.id(), user.version());
            } else {
                throw notAllowed(method, "GET, POST");
            }
            return;
        }
        switch (method) {
            case "GET" -> {
                ProvisionedUser user = user(id);
                ok(response, ScimJson.user(user, base), user.version());
            }
            case "PUT" -> {
                user(id);
                ProvisionedUser user = provisioning.replaceUser(id, ScimJson.user(body(request)));
                ok(response, ScimJson.user(user, base), user.version());
            }
            case "PATCH" -> {
                UserData patched = ScimPatch.user(user(id).data(), body(request));
                ProvisionedUser user = provisioning.replaceUser(id, patched);
                ok(response, ScimJson.user(user, base), user.version());
            }
            case "DELETE" -> {
                user(id); // an id no user can have is a 404 too, not a validation refusal
                provisioning.deleteUser(id);
                response.setStatus(204);
            }
            default -> throw notAllowed(method, "GET, PUT, PATCH, DELETE");
        }
    }

    private void groups(String method, String id, HttpServletRequest request, HttpServletResponse response, String base)
            throws IOException {
        boolean members = withMembers(request);
        if (id == null) {
            if (method.equals("GET")) {
                write(response, 200, ScimJson.list(listGroups(request), g -> ScimJson.group(g, base, members)));
            } else if (method.equals("POST")) {
                ProvisionedGroup group = provisioning.createGroup(ScimJson.group(body(request)));
                created(response, ScimJson.group(group, base, true), base + "/Groups/" + group.id(), group.version());
            } else {
                throw notAllowed(method, "GET, POST");
            }
            return;
        }
        switch (method) {
            case "GET" -> {
                ProvisionedGroup group = group(id);
                ok(response, ScimJson.group(group, base, members), group.version());
            }
            case "PUT" -> {
                group(id);
                ProvisionedGroup group = provisioning.replaceGroup(id, ScimJson.group(body(request)));
                ok(response, ScimJson.group(group, base, members), group.version());
            }
            case "PATCH" -> {
                ProvisionedGroup current = group(id);
                GroupData data = new GroupData(
                        current.displayName(),
                        current.externalId(),
                        current.members().stream()
                                .map(ProvisionedGroup.Member::id)
                                .toList());
                ProvisionedGroup group = provisioning.replaceGroup(id, ScimPatch.group(data, body(request)));
                ok(response, ScimJson.group(group, base, members), group.version());
            }
            case "DELETE" -> {
                group(id);
                provisioning.deleteGroup(id);
                response.setStatus(204);
            }
            default -> throw notAllowed(method, "GET, PUT, PATCH, DELETE");
        }
    }

    private ProvisionedPage<ProvisionedUser> listUsers(HttpServletRequest request) {
        int startIndex = startIndex(request);
        int count = count(request);
        Optional<ScimFilter> filter = ScimFilter.parse(request.getParameter("filter"), USER_FILTERS);
        if (filter.isEmpty()) {
            return provisioning.users(startIndex, count);
        }
        UserKey key = switch (filter.get().attribute()) {
            case "userName" -> UserKey.USER_NAME;
            case "externalId" -> UserKey.EXTERNAL_ID;
            default -> UserKey.ID;
        };
        return slice(provisioning.usersWhere(key, bounded(filter.get().value())), startIndex, count);
    }

    private ProvisionedPage<ProvisionedGroup> listGroups(HttpServletRequest request) {
        int startIndex = startIndex(request);
        int count = count(request);
        Optional<ScimFilter> filter = ScimFilter.parse(request.getParameter("filter"), GROUP_FILTERS);
        if (filter.isEmpty()) {
            return provisioning.groups(startIndex, count);
        }
        String value = bounded(filter.get().value());
        Optional<ProvisionedGroup> found = filter.get().attribute().equals("id")
                ? (value.length() > 36 ? Optional.empty() : provisioning.group(value))
                : provisioning.groupNamed(value);
        List<ProvisionedGroup> all = found.stream().toList();
        return slice(new ProvisionedPage<>(all.size(), 1, all), startIndex, count);
    }

    private static String bounded(String value) {
        if (value.length() > 255) {
            throw ScimError.invalidFilter("The filter's value is longer than 255 characters.");
        }
        return value;
    }

    private static <T extends Serializable> ProvisionedPage<T> slice(
            ProvisionedPage<T> all, int startIndex, int count) {
        List<T> items = all.items().stream().skip(startIndex - 1L).limit(count).toList();
        return new ProvisionedPage<>(all.total(), startIndex, items);
    }

    /** {@code startIndex} (1-based); less than 1 counts as 1, as RFC 7644 says. */
    static int startIndex(HttpServletRequest request) {
        return Math.max(1, number(request, "startIndex", 1));
    }

    /** {@code count}, at most {@link Provisioning#MAX_PAGE}; negative counts as 0. */
    static int count(HttpServletRequest request) {
        return Math.min(Provisioning.MAX_PAGE, Math.max(0, number(request, "count", DEFAULT_COUNT)));
    }

    private static int number(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ScimError.invalidValue("'" + name + "' must be a whole number.");
        }
    }

    /** Whether group members are wanted: not when {@code excludedAttributes} names them (Entra ID's lookups). */
    private static boolean withMembers(HttpServletRequest request) {
        String excluded = request.getParameter("excludedAttributes");
        return excluded == null
                || List.of(excluded.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).stream()
                        .map(String::strip)
                        .noneMatch(a -> a.equals("members") || a.endsWith(":members"));
    }

    private ProvisionedUser user(String id) {
        return (id.length() > 36 ? Optional.<ProvisionedUser>empty() : provisioning.user(id))
                .orElseThrow(() -> ScimError.notFound(text("scim.user.notFound", id)));
    }

    private ProvisionedGroup group(String id) {
        return (id.length() > 36 ? Optional.<ProvisionedGroup>empty() : provisioning.group(id))
                .orElseThrow(() -> ScimError.notFound(text("scim.group.notFound", id)));
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw notAllowed(method, allowed);
        }
    }

    private static ScimError notAllowed(String method, String allowed) {
        return new ScimError(405, null, method + " is not supported here; use " + allowed + ".");
    }

    /** The request body (at most 1 MB) as a JSON object. */
    private static JsonObject body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new ScimError(413, null, "The request body is larger than 1 MB.");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] chunk = new byte[8192];
            int read;
            while ((read = in.read(chunk)) != -1) {
                buffer.write(chunk, 0, read);
                if (buffer.size() > MAX_BODY) {
                    throw new ScimError(413, null, "The request body is larger than 1 MB.");
                }
            }
        }
        return ScimJson.body(buffer.toString(StandardCharsets.UTF_8));
    }

    /** The SCIM base address as the client called it, e.g. {@code https://host/parley/scim/v2}. */
    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int at = url.indexOf("/scim/v2");
        return at < 0 ? url : url.substring(0, at + "/scim/v2".length());
    }

    private static void ok(HttpServletResponse response, JsonObject json, long version) throws IOException {
        response.setHeader("ETag", ScimJson.etag(version));
        write(response, 200, json);
    }

    private static void created(HttpServletResponse response, JsonObject json, String location, long version)
            throws IOException {
        response.setHeader("Location", location);
        response.setHeader("ETag", ScimJson.etag(version));
        write(response, 201, json);
    }

    static void write(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType(ScimJson.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.toString());
    }

    /** A refusal of the service as a SCIM error; anything unexpected is logged and a 500 without details. */
    static ScimError translate(RuntimeException e) {
        Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
        if (cause instanceof DomainException domain) {
            return translate(domain);
        }
        if (cause instanceof ConstraintViolationException invalid) {
            String detail = invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("The request is not valid.");
            return ScimError.invalidValue(detail);
        }
        if (cause instanceof EJBAccessException) {
            return new ScimError(403, null, "This token may not provision people.");
        }
        LOG.log(Level.WARNING, "SCIM request failed", e);
        return new ScimError(500, null, "Something went wrong; nothing was changed.");
    }

    private static ScimError translate(DomainException e) {
        String code = e.code();
        String detail = text(code, e.arguments());
        if (code.endsWith(".notFound")) {
            return ScimError.notFound(detail);
        }
        if (code.endsWith(".taken")) {
            return ScimError.uniqueness(detail);
        }
        if (code.equals("scim.userName.immutable")) {
            return ScimError.mutability(detail);
        }
        if (code.startsWith("conflict.") || code.equals("scim.saveFailed")) { // lost a race with another change
            return new ScimError(409, null, detail);
        }
        return ScimError.invalidValue(detail);
    }

    /** The English text of a message key, as the API's problem details use it. */
    static String text(String code, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("io.parley.web.messages", Locale.ROOT);
            String pattern = bundle.containsKey(code) ? bundle.getString(code) : code;
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
