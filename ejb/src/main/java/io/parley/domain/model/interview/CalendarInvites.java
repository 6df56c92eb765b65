package io.parley.domain.model.interview;

import io.parley.domain.model.agenda.AgendaItem;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** A port: an interview as a calendar invite (RFC 5545) for its panel; never holds a rating. */
public interface CalendarInvites {

    /**
     * @param emails   the panel's addresses by username
     * @param names    the panel's display names by username
     * @param prepPage the page the invite links to
     */
    String ics(
            Interview interview,
            List<AgendaItem> agenda,
            Map<String, String> emails,
            Map<String, String> names,
            URI prepPage);
}
