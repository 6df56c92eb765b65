package io.parley.interfaces.web.security;

import io.parley.application.user.SignInOutcome;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Sends someone the identity source accepted but Parley does not let in to the page that says so and whom to ask. */
final class NoAccess {

    static final String PAGE = "/no-access.xhtml";

    private NoAccess() {}

    static AuthenticationStatus show(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            SignInOutcome.Status why) {
        return redirect(request, response, context, why.name().toLowerCase(Locale.ROOT));
    }

    /** The identity source's answer could not be trusted (for example an ID token with a wrong signature). */
    static AuthenticationStatus failed(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return redirect(request, response, context, NoAccessPage.FAILED);
    }

    private static AuthenticationStatus redirect(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String reason) {
        context.cleanClientSubject();
        try {
            response.sendRedirect(request.getContextPath() + PAGE + "?reason=" + reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
