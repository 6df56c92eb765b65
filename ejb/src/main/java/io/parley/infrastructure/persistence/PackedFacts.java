package io.parley.infrastructure.persistence;

import io.parley.domain.model.analytics.InterviewFacts;
import io.parley.domain.model.analytics.InterviewFacts.ScorecardFact;
import io.parley.domain.model.analytics.InterviewRatings;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One interview's ratings and scorecards from the analytics facts, packed into the bytes of
 * {@code analytics_interview.facts} (V15), so that a figure over every kit reads one row per interview instead of
 * thirty: a format byte; the competency keys and raters once each (UTF-8); per rating the competency's and rater's
 * position in those and the value; per scorecard the rater's position, whether it recommends the candidate, hours to
 * submit and the mean rating (NaN for none); the ids of the questions its agenda's competency blocks asked, each
 * once. About 350 bytes an interview.
 */
final class PackedFacts {

    private static final int FORMAT = 1;

    private PackedFacts() {}

    /** A rating row: competency key, interviewer, value. */
    record Rating(String competency, String interviewer, int value) {}

    /** A scorecard row: interviewer, recommendation (STRONG_NO, NO, YES, STRONG_YES), hours to submit, mean rating. */
    record Scorecard(String interviewer, String recommendation, double hoursToSubmit, Double meanRating) {}

    static byte[] pack(List<Rating> ratings, List<Scorecard> scorecards, Set<Long> questions) {
        List<String> competencies = new ArrayList<>();
        List<String> raters = new ArrayList<>();
        ratings.forEach(r -> {
            intern(competencies, r.competency());
            intern(raters, r.interviewer());
        });
        scorecards.forEach(s -> intern(raters, s.interviewer()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 4 * ratings.size() + 20 * scorecards.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writeStrings(out, competencies);
            writeStrings(out, raters);
            out.writeShort(ratings.size());
            for (Rating rating : ratings) {
                out.writeByte(competencies.indexOf(rating.competency()));
                out.writeByte(raters.indexOf(rating.interviewer()));
                out.writeByte(rating.value());
            }
            out.writeShort(scorecards.size());
            for (Scorecard scorecard : scorecards) {
                out.writeByte(raters.indexOf(scorecard.interviewer()));
                out.writeBoolean(scorecard.recommendation().endsWith("YES"));
                out.writeDouble(scorecard.hoursToSubmit());
                out.writeDouble(scorecard.meanRating() == null ? Double.NaN : scorecard.meanRating());
            }
            out.writeShort(questions.size());
            for (long question : questions) {
                out.writeLong(question);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static InterviewFacts unpack(int scalePoints, byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        int format = Byte.toUnsignedInt(in.get());
        if (format != FORMAT) {
            throw new IllegalStateException("Unknown analytics facts format " + format);
        }
        String[] competencies = readStrings(in);
        String[] raters = readStrings(in);
        int size = Short.toUnsignedInt(in.getShort());
        int[] competency = new int[size];
        int[] rater = new int[size];
        int[] value = new int[size];
        for (int i = 0; i < size; i++) {
            competency[i] = Byte.toUnsignedInt(in.get());
            rater[i] = Byte.toUnsignedInt(in.get());
            value[i] = Byte.toUnsignedInt(in.get());
        }
        int cards = Short.toUnsignedInt(in.getShort());
        List<ScorecardFact> scorecards = new ArrayList<>(cards);
        for (int i = 0; i < cards; i++) {
            String interviewer = raters[Byte.toUnsignedInt(in.get())];
            boolean positive = in.get() != 0;
            double hours = in.getDouble();
            double mean = in.getDouble();
            scorecards.add(new ScorecardFact(interviewer, positive, hours, Double.isNaN(mean) ? null : mean));
        }
        int asked = Short.toUnsignedInt(in.getShort());
        Set<Long> questions = new HashSet<>();
        for (int i = 0; i < asked; i++) {
            questions.add(in.getLong());
        }
        return new InterviewFacts(
                scalePoints,
                new InterviewRatings(competencies, raters, competency, rater, value),
                scorecards,
                questions);
    }

    private static void intern(List<String> names, String name) {
        if (!names.contains(name)) {
            if (names.size() == 255) {
                throw new IllegalArgumentException("More than 255 competencies or raters in one interview");
            }
            names.add(name);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> names) throws IOException {
        out.writeByte(names.size());
        for (String name : names) {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            out.writeShort(utf8.length);
            out.write(utf8);
        }
    }

    /** Strings as {@link #writeStrings} wrote them: a count, then each as its length and its UTF-8 bytes. */
    private static String[] readStrings(ByteBuffer in) {
        String[] names = new String[Byte.toUnsignedInt(in.get())];
        for (int i = 0; i < names.length; i++) {
            int length = Short.toUnsignedInt(in.getShort());
            names[i] = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
        }
        return names;
    }
}
