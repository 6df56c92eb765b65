package io.parley.infrastructure.calendar;

import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.interview.CalendarInvites;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.PanelMember;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An interview as a calendar event: a UID that never changes, a SEQUENCE that grows with every change of the
 * interview, each panel member as an attendee (the lead as chair), the prep page as URL, marked confidential. It
 * carries the agenda's blocks but never a rating or anything else from a scorecard.
 */
@ApplicationScoped
public class InterviewInvite implements CalendarInvites {

    protected InterviewInvite() {
        // for CDI
    }

    /**
     * @param emails   panel members' e-mail addresses by username
     * @param names    panel members' display names by username
     * @param prepPage the member's prep page for this interview
     */
    @Override
    public String ics(
            Interview interview,
            List<AgendaItem> agenda,
            Map<String, String> emails,
            Map<String, String> names,
            URI prepPage) {
        VEvent event = new VEvent(
                interview.schedule().startsAt(),
                interview.schedule().endsAt(),
                "Interview: " + interview.candidate().name() + " – "
                        + interview.job().title());
        event.add(new Uid("interview-" + interview.idValue() + "@parley"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, interview.lockVersion())));
        event.add(new Location(interview.location()));
        event.add(new Url(prepPage));
        event.add(new Clazz("CONFIDENTIAL"));
        event.add(new Description(description(interview, agenda, prepPage)));
        if (interview.status() == InterviewStatus.CANCELLED) {
            event.add(new Status("CANCELLED"));
        }
        for (PanelMember member : interview.panel()) {
            Attendee attendee = new Attendee(
                    URI.create("mailto:" + emails.getOrDefault(member.username(), member.username() + "@invalid")));
            attendee.add(member.lead() ? Role.CHAIR : Role.REQ_PARTICIPANT);
            attendee.add(new Cn(names.getOrDefault(member.username(), member.username())));
            event.add(attendee);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Parley//Interview//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(interview.status() == InterviewStatus.CANCELLED ? "CANCEL" : "PUBLISH"));
        calendar.add(event);
        return calendar.toString();
    }

    private static String description(Interview interview, List<AgendaItem> agenda, URI prepPage) {
        StringBuilder text = new StringBuilder();
        text.append(interview.job().title())
                .append(" – ")
                .append(interview.candidate().name())
                .append("\n\nAgenda:\n");
        for (AgendaItem item : agenda) {
            text.append("- ")
                    .append(item.title())
                    .append(" (")
                    .append(item.minutes())
                    .append(" min)\n");
        }
        return text.append("\nPrepare: ").append(prepPage).toString();
    }
}
