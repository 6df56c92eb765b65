package io.parley.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages from the {@code msg} bundle in the user's language. Domain codes (e.g. {@code conflict.stale})
 * are bundle keys; their arguments fill the {0}, {1} placeholders.
 */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "io.parley.web.messages";

    @Inject
    private FacesContext facesContext;

    public String text(String key, Object... args) {
        return text(
                ResourceBundle.getBundle(
                        BUNDLE,
                        facesContext.getViewRoot() == null
                                ? facesContext.getApplication().getDefaultLocale()
                                : facesContext.getViewRoot().getLocale()),
                key,
                args);
    }

    /**
     * The bundle for a request outside Faces (a download, a servlet answering the page's script): English or German,
     * as the pages choose (faces-config's supported locales).
     */
    public static ResourceBundle bundle(HttpServletRequest request) {
        return ResourceBundle.getBundle(
                BUNDLE, "de".equals(request.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH);
    }

    /** A refusal outside Faces as plain text in the reader's language (a download that cannot be given). */
    public static void refuse(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same text outside Faces (a servlet answering the page's script), from the bundle of the user's language. */
    public static String text(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(translated(bundle, args));
    }

    /**
     * Field names the domain puts into its messages ("question text") are shown in the user's language, and so are
     * the times ("saved at 10:42:13 on 2 Dec 2026", not an ISO instant).
     */
    private static Object[] translated(ResourceBundle bundle, Object[] args) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String text && bundle.containsKey("field." + text)) {
                result[i] = bundle.getString("field." + text);
            } else if (result[i] instanceof Instant instant) {
                result[i] = Formats.dateTime(instant, bundle.getLocale());
            }
        }
        return result;
    }

    /** An error next to the component with this client id, or a global one when it is {@code null}. */
    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, args);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        facesContext.addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
