package io.parley.interfaces.web.interview;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.parley.application.decision.DebriefView;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.scorecard.CandidateQuestion;
import io.parley.domain.model.scorecard.Rating;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The debrief packet: the interview, its agenda, every submitted scorecard (never a draft: the view holds only
 * submitted ones), amendments, the score and the decision with its rationale, each with its timestamp.
 */
public final class DebriefPacket {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private DebriefPacket() {}

    public static byte[] render(DebriefView debrief, List<AgendaItem> agenda) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(
                    "Debrief packet: " + debrief.interview().candidate().name());
            document.addCreator("Parley");
            document.open();
            var iv = debrief.interview();
            document.add(new Paragraph(
                    "Debrief packet — " + iv.candidate().name() + " — "
                            + iv.job().title(),
                    TITLE));
            text(
                    document,
                    "Interview " + iv.id() + " · candidate " + iv.candidate().externalId() + " · job "
                            + iv.job().externalId() + " · kit " + iv.kitKey() + " v" + iv.kitVersion());
            text(
                    document,
                    "Start " + iv.startsAt() + " · " + iv.durationMinutes() + " minutes · " + iv.location()
                            + " · status " + iv.status());
            text(
                    document,
                    "Panel: "
                            + String.join(
                                    ", ",
                                    iv.panel().stream()
                                            .map(seat -> debrief.name(seat.username()) + (seat.lead() ? " (lead)" : ""))
                                            .toList()));

            heading(document, "Agenda");
            for (AgendaItem item : agenda) {
                text(
                        document,
                        item.title() + " · " + item.kind() + " · " + item.minutes() + " min · "
                                + (item.owner() == null ? "" : debrief.name(item.owner())));
            }

            heading(document, "Score");
            text(
                    document,
                    "Weighted score " + format(debrief.score().score()) + " of "
                            + debrief.score().scalePoints() + " (midpoint "
                            + format(debrief.score().midpoint()) + ")");
            debrief.score()
                    .competencies()
                    .forEach(c -> text(
                            document,
                            c.competency().name() + ": mean " + format(c.mean()) + ", spread " + c.spread()
                                    + (c.disagreement() ? " (disagreement)" : "")));
            if (debrief.feedbackClosedReason() != null) {
                text(
                        document,
                        "Feedback closed early: " + debrief.feedbackClosedReason() + " · no scorecard from "
                                + String.join(
                                        ", ",
                                        debrief.notSubmitted().stream()
                                                .map(debrief::name)
                                                .toList()));
            }

            for (SubmittedScorecard card : debrief.scorecards()) {
                heading(document, "Scorecard of " + card.interviewerName() + " — submitted " + card.submittedAt());
                PdfPTable table = new PdfPTable(new float[] {3, 1, 8});
                table.setWidthPercentage(100);
                table.addCell(new Paragraph("Competency", TEXT));
                table.addCell(new Paragraph("Rating", TEXT));
                table.addCell(new Paragraph("Evidence", TEXT));
                for (Rating rating : card.content().ratings()) {
                    table.addCell(new Paragraph(rating.competency(), TEXT));
                    table.addCell(new Paragraph(
                            rating.rating() == null ? "" : rating.rating().toString(), TEXT));
                    table.addCell(new Paragraph(rating.evidence() == null ? "" : rating.evidence(), TEXT));
                }
                document.add(table);
                for (CandidateQuestion q : card.content().candidateQuestions()) {
                    text(document, "Candidate asked: " + q.question() + " — " + (q.answer() == null ? "" : q.answer()));
                }
                card.content().dealBreakers().forEach(flag -> text(document, "Deal-breaker flagged: " + flag));
                text(document, "Key take-aways: " + card.content().keyTakeaways());
                text(document, "Recommendation: " + card.content().recommendation());
                card.amendments().forEach(a -> text(document, "Amended " + a.at() + ": " + a.reason()));
            }

            heading(document, "Decision");
            if (debrief.decision() == null) {
                text(document, "Not decided yet.");
            } else {
                text(
                        document,
                        debrief.decision().outcome() + " by "
                                + debrief.name(debrief.decision().decidedBy()) + " at "
                                + debrief.decision().decidedAt());
                text(document, "Rationale: " + debrief.decision().rationale());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the debrief packet could not be written", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph(text, HEADING));
    }

    private static void text(Document document, String text) {
        document.add(new Paragraph(text, TEXT));
    }

    private static String format(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
