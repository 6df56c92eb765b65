package io.parley.interfaces.rest;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.parley.application.privacy.CandidateRecords;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** The records export as one PDF: the same content as the JSON, one section per interview. */
final class CandidateRecordsPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private CandidateRecordsPdf() {}

    static byte[] render(CandidateRecords records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Records about " + records.name());
            document.addCreator("Parley");
            document.open();
            document.add(new Paragraph("What Parley holds about " + records.name(), TITLE));
            text(document, "ATS id " + records.externalId() + " · e-mail " + records.email());
            text(document, records.interviews().size() + " interview(s).");
            for (CandidateRecords.InterviewRecord iv : records.interviews()) {
                interview(document, iv);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the records PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void interview(Document document, CandidateRecords.InterviewRecord iv) throws DocumentException {
        heading(document, "Interview " + iv.id() + ": " + iv.jobTitle());
        text(
                document,
                "Starts " + iv.startsAt() + " · " + iv.durationMinutes() + " minutes · " + iv.location() + " · status "
                        + iv.status() + " · job " + iv.jobExternalId() + " · kit " + iv.kitKey() + " v"
                        + iv.kitVersion());
        text(
                document,
                "Panel: "
                        + String.join(
                                ", ",
                                iv.panel().stream()
                                        .map(seat -> seat.name() + (seat.lead() ? " (lead)" : ""))
                                        .toList()));
        subheading(document, "Agenda");
        for (CandidateRecords.AgendaBlock block : iv.agenda()) {
            text(
                    document,
                    block.position() + ". " + block.title() + " · " + block.kind() + " · " + block.minutes() + " min"
                            + (block.ownerUserId() == null ? "" : " · " + block.ownerUserId()));
        }
        for (CandidateRecords.ScorecardRecord card : iv.scorecards()) {
            subheading(
                    document,
                    "Scorecard of " + card.interviewerName() + " · " + card.status()
                            + (card.submittedAt() == null ? "" : " · submitted " + card.submittedAt()));
            for (CandidateRecords.RatingRecord rating : card.ratings()) {
                text(
                        document,
                        rating.competencyName() + ": " + (rating.rating() == null ? "no rating" : rating.rating())
                                + " · " + nonNull(rating.evidence()));
            }
            for (CandidateRecords.NoteRecord note : card.questionNotes()) {
                text(document, "Note on \"" + nonNull(note.question()) + "\": " + note.note());
            }
            for (CandidateRecords.CandidateQuestionRecord q : card.candidateQuestions()) {
                text(document, "The candidate asked: " + q.question() + " · answered: " + nonNull(q.answer()));
            }
            list(document, "Deal-breaker flagged: ", card.dealBreakers());
            text(document, "Key take-aways: " + nonNull(card.keyTakeaways()));
            text(document, "Recommendation: " + nonNull(card.recommendation()));
        }
        subheading(document, "Decision");
        if (iv.decision() == null) {
            text(document, "No decision.");
        } else {
            CandidateRecords.DecisionRecord d = iv.decision();
            text(document, d.outcome() + " · decided by " + d.decidedByUserId() + " at " + d.decidedAt());
            text(document, "Rationale: " + d.rationale());
            text(
                    document,
                    "Follow-up note to the candidate"
                            + (d.followUpSentAt() == null ? "" : " (sent " + d.followUpSentAt() + ")") + ": "
                            + d.followUpNote());
        }
    }

    private static void list(Document document, String prefix, List<String> items) throws DocumentException {
        for (String item : items) {
            text(document, prefix + item);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        document.add(heading);
    }

    private static void subheading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, SUBHEADING);
        heading.setSpacingBefore(8);
        document.add(heading);
    }

    private static void text(Document document, String text) throws DocumentException {
        document.add(new Paragraph(text, TEXT));
    }
}
