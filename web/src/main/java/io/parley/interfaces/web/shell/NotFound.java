package io.parley.interfaces.web.shell;

import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one not-found path of the interview pages: an id that is missing or not a number, an interview that does not
 * exist and one the caller may not see (the services answer {@code interview.notFound} for both, so its existence is
 * not given away) all get the 404 page.
 */
public final class NotFound {

    private NotFound() {}

    /**
     * What {@code read} gives for {@code id}, or empty after the 404 page was sent. Other refusals pass through for
     * the page to show as a message.
     */
    public static <T> Optional<T> read(InterviewId id, Function<InterviewId, T> read) {
        if (id == null) {
            send();
            return Optional.empty();
        }
        try {
            return Optional.of(read.apply(id));
        } catch (DomainException refusal) {
            if (refusal.code().endsWith(".notFound")) {
                send();
                return Optional.empty();
            }
            throw refusal;
        }
    }

    /** Answers the current request with the 404 page. */
    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "No such interview");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
