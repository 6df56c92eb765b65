package io.parley.interfaces.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A postback whose view cannot be restored (its state is gone: the session moved to another server before the view
 * reached it, or the page was open longer than the views a session keeps) is no dead end: the browser is sent to the
 * same page again, address and query included, with {@code restored=1}, and the page's script ({@code keep-input.js})
 * fills in again what the person had typed there. Only a page of this application's own address is reopened (the
 * {@code Referer}, which {@code Referrer-Policy: same-origin} sends, must name the page the form was posted to);
 * anything else still ends on the "page expired" page.
 */
public class ViewExpiredReload extends ExceptionHandlerFactory {

    /** The query parameter that tells the page it was reopened, and its script to fill in the input it kept. */
    public static final String RESTORED = "restored";

    private static final Logger LOG = Logger.getLogger(ViewExpiredReload.class.getName());

    public ViewExpiredReload(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (context != null && events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (viewExpired(thrown)) {
                    Optional<String> again = samePage(context.getExternalContext());
                    if (again.isPresent()) {
                        events.remove();
                        reopen(context, again.get());
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean viewExpired(Throwable thrown) {
            int depth = 0;
            for (Throwable t = thrown; t != null && depth < 10; t = t.getCause(), depth++) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void reopen(FacesContext context, String url) {
            LOG.fine(() -> "a view could not be restored; the page is opened again: " + url);
            try {
                context.getExternalContext().redirect(url);
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The page the postback came from, as a path of this application with its query and {@code restored=1}: when the
     * {@code Referer} names the same host and path the form was posted to. The answer is always that path (never
     * another site or page); only the query comes from the {@code Referer}. The scheme is not compared: behind a load
     * balancer that ends TLS the browser's is https, the server's http.
     */
    static Optional<String> samePage(ExternalContext external) {
        if (!(external.getRequest() instanceof HttpServletRequest request) || !"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        return samePage(request.getHeader("Referer"), request.getRequestURI(), hostOf(request));
    }

    private static String hostOf(HttpServletRequest request) {
        return request.getHeader("Host") == null ? request.getServerName() : request.getHeader("Host");
    }

    /** As above, from the parts of the request: pure, so that it can be tested without a container. */
    static Optional<String> samePage(String referer, String postedPath, String host) {
        if (referer == null || postedPath == null || host == null) {
            return Optional.empty();
        }
        URI page;
        try {
            page = new URI(referer);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String authority = page.getRawAuthority();
        if (page.getRawPath() == null
                || !page.getRawPath().equals(postedPath)
                || (authority != null && !authority.equalsIgnoreCase(host))) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder();
        if (page.getRawQuery() != null) {
            for (String pair : page.getRawQuery().split("&")) {
                if (!pair.isEmpty() && !pair.equals(RESTORED) && !pair.startsWith(RESTORED + "=")) {
                    query.append(pair).append('&');
                }
            }
        }
        return Optional.of(postedPath + "?" + query + RESTORED + "=1");
    }
}
