package io.parley.interfaces.web.shell;

import io.parley.domain.model.privacy.Erased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formatting for pages: instants in the server's time zone and the user's language ({@code #{formats.dateTime(x)}}). */
@Named
@ApplicationScoped
public class Formats {

    /** A start in its own time zone, with the zone named: "Mar 4, 2030, 10:00 AM (Europe/Berlin)". */
    public String zoned(ZonedDateTime time) {
        if (time == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(time)
                + " (" + time.getZone().getId() + ")";
    }

    /**
     * A text the panel wrote, or "erased" in the reader's language where the candidate's data was erased (issue 21:
     * the database keeps the marker {@link Erased#TEXT}).
     */
    public String text(String text) {
        if (!Erased.TEXT.equals(text)) {
            return text;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString("privacy.erased");
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** A moment with seconds in the user's language ("Dec 2, 2026, 10:42:13 AM"), for messages outside pages too. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** A time of day with seconds ("10:42:13"), for "last saved" notes. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return time(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The same outside Faces (the scorecard's autosave answers the page's script). */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** Seconds as m:ss, with a minus sign when negative (time over). */
    public String clock(long seconds) {
        long abs = Math.abs(seconds);
        return (seconds < 0 ? "−" : "") + abs / 60 + ":" + String.format("%02d", abs % 60);
    }
}
