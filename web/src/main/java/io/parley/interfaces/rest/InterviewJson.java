package io.parley.interfaces.rest;

import io.parley.application.interview.AgendaView;
import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewView;
import io.parley.application.interview.PanelSeat;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes of SPEC.md for interviews and agendas, both ways. */
final class InterviewJson {

    private InterviewJson() {}

    static InterviewDraft draft(JsonObject body) {
        JsonObject candidate = JsonBodies.object(body, "candidate");
        JsonObject job = JsonBodies.object(body, "job");
        List<PanelSeat> panel = new ArrayList<>();
        for (JsonObject seat : JsonBodies.objects(body, "panel")) {
            panel.add(new PanelSeat(JsonBodies.text(seat, "userId"), JsonBodies.bool(seat, "lead")));
        }
        String location = JsonBodies.optionalText(body, "location");
        return new InterviewDraft(
                JsonBodies.text(candidate, "externalId"),
                JsonBodies.text(candidate, "name"),
                JsonBodies.text(candidate, "email"),
                JsonBodies.text(job, "externalId"),
                JsonBodies.text(job, "title"),
                JsonBodies.text(body, "kitKey"),
                startsAt(JsonBodies.text(body, "startsAt")),
                JsonBodies.integer(body, "durationMinutes"),
                location == null ? "" : location,
                panel);
    }

    /** ISO-8601 with an offset ({@code 2030-03-04T10:00:00+01:00}), or with a zone id in brackets. */
    static ZonedDateTime startsAt(String text) {
        try {
            return ZonedDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toZonedDateTime();
            } catch (DateTimeParseException again) {
                throw new BadRequest("'startsAt' must be an ISO-8601 date and time with an offset.");
            }
        }
    }

    static List<AgendaItem> items(JsonObject body) {
        List<AgendaItem> items = new ArrayList<>();
        for (JsonObject item : JsonBodies.objects(body, "items")) {
            List<Long> questions = new ArrayList<>();
            for (String id : JsonBodies.texts(item, "questions")) {
                try {
                    questions.add(Long.valueOf(id));
                } catch (NumberFormatException e) {
                    throw new BadRequest("'questions' must hold question ids.");
                }
            }
            items.add(new AgendaItem(
                    JsonBodies.enumValue(AgendaBlockKind.class, item, "kind"),
                    JsonBodies.text(item, "title"),
                    JsonBodies.integer(item, "minutes"),
                    JsonBodies.optionalText(item, "ownerUserId"),
                    JsonBodies.texts(item, "competencies"),
                    questions));
        }
        return items;
    }

    static JsonObject interview(InterviewView interview, AgendaView agenda) {
        JsonArrayBuilder panel = Jsonp.PROVIDER.createArrayBuilder();
        for (PanelSeat seat : interview.panel()) {
            ApprovalState approval = agenda.approvals().stream()
                    .filter(a -> a.member().equals(seat.username()))
                    .map(a -> a.state())
                    .findFirst()
                    .orElse(ApprovalState.PENDING);
            panel.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("userId", seat.username())
                    .add("lead", seat.lead())
                    .add("agendaApproval", approval.name())
                    .add(
                            "scorecardStatus",
                            interview.scorecardOf(seat.username()).name()));
        }
        var json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", interview.id())
                .add("status", interview.status().name())
                .add(
                        "candidate",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("externalId", interview.candidate().externalId())
                                .add("name", interview.candidate().name())
                                .add("email", interview.candidate().email()))
                .add(
                        "job",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("externalId", interview.job().externalId())
                                .add("title", interview.job().title()))
                .add(
                        "kit",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("key", interview.kitKey())
                                .add("version", interview.kitVersion()))
                .add("startsAt", interview.startsAt().toOffsetDateTime().toString())
                .add("timeZone", interview.startsAt().getZone().getId())
                .add("durationMinutes", interview.durationMinutes())
                .add("location", interview.location())
                .add("panel", panel)
                .add("agenda", agenda(agenda));
        if (interview.anonymizedAt() != null) { // the candidate's data was erased (issue 21)
            json.add("anonymizedAt", interview.anonymizedAt().toString());
        }
        return json.build();
    }

    static JsonObject agenda(AgendaView agenda) {
        JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
        for (int i = 0; i < agenda.items().size(); i++) {
            AgendaItem item = agenda.items().get(i);
            JsonArrayBuilder competencies = Jsonp.PROVIDER.createArrayBuilder();
            item.competencies().forEach(competencies::add);
            JsonArrayBuilder questions = Jsonp.PROVIDER.createArrayBuilder();
            item.questions().forEach(q -> questions.add(String.valueOf(q)));
            var json = Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("position", i + 1)
                    .add("kind", item.kind().name())
                    .add("title", item.title())
                    .add("minutes", item.minutes());
            if (item.owner() == null) {
                json.addNull("ownerUserId");
            } else {
                json.add("ownerUserId", item.owner());
            }
            items.add(json.add("competencies", competencies).add("questions", questions));
        }
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("version", agenda.version())
                .add("status", agenda.status().name())
                .add("items", items)
                .build();
    }
}
