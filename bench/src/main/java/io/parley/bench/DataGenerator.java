package io.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.parley.infrastructure.persistence.FactsPacker;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Fills a Parley database (the one the running server uses) with a realistic volume: 50 published kits copied
 * from the demo kit, 2,000 users, 100,000 interviews over two years with their panels and agreed agendas, one
 * scorecard per member of every interview that took place (about 550,000, with ratings, candidate questions and
 * the submitted revision), and decisions. Plain JDBC batches with ids taken from Parley's own sequences, so the
 * running application keeps allocating ids after them. Runs once: a second run finds the data and only writes the
 * feeder files the load simulations read (the panel members' open interviews and decided interviews for the ATS).
 *
 * <p>Arguments: JDBC URL, user, password, output folder, and optionally the number of interviews.
 */
public final class DataGenerator {

    static final String PREFIX = "bench-";
    private static final String DEMO_KIT = "backend-engineer-onsite";
    private static final int KITS = 50;
    private static final int USERS = 2000;
    private static final int HIRING_MANAGERS = 150;
    private static final int RECRUITERS = 30;
    private static final int HR_ADMINS = 10;
    /** The load test's panel members: ten panels of a lead and four interviewers, 50 people with own sessions. */
    private static final int OPEN_PANELS = 10;
    private static final int OPEN_PANEL_MEMBERS = 4;
    private static final int CHUNK = 500;

    private static final String[] FIRST = {"Anna", "Ben", "Chiara", "David", "Elif", "Farid", "Greta", "Hiro",
        "Ida", "Jonas", "Kemal", "Lena", "Mateo", "Nora", "Oskar", "Priya", "Quentin", "Rosa", "Stefan", "Tara"};
    private static final String[] LAST = {"Adler", "Berger", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
        "Hansen", "Ivanova", "Jansen", "Kowalski", "Lopez", "Meyer", "Nowak", "Olsen", "Petrov", "Rossi", "Schulz",
        "Tanaka", "Weber"};
    private static final String[] ROLES = {"Backend Engineer", "Frontend Engineer", "Data Engineer",
        "Site Reliability Engineer", "Product Manager", "Product Designer", "Data Scientist", "Engineering Manager",
        "QA Engineer", "Security Engineer"};
    private static final String[] STAGES = {"Onsite", "Phone screen", "Final round", "Technical deep dive",
        "Team fit"};
    private static final String[] EVIDENCE = {
        "Walked through the reservation design, named the failure modes and chose idempotent retries.",
        "Gave a concrete incident, owned the mistake and described the follow-up actions in detail.",
        "Answered in general terms; needed two probes before giving an example of their own.",
        "Explained the trade-off clearly to the non-specialist on the panel and checked understanding.",
        "Tests came first in the exercise; refactored without breaking behaviour."};
    private static final String[] CANDIDATE_QUESTIONS = {"How do people advance in this role?",
        "What would my first three months look like?", "How does the team handle on-call?",
        "What is the job really like on a bad day?"};
    private static final String[] RECOMMENDATIONS = {"STRONG_NO", "NO", "YES", "STRONG_YES"};

    private final Connection db;
    private final boolean postgres;
    private final SplittableRandom random = new SplittableRandom(20261123L);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    private DataGenerator(Connection db) throws SQLException {
        this.db = db;
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DataGenerator <jdbc-url> <user> <password> <output-folder> [interviews]");
            System.exit(2);
        }
        int interviews = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            DataGenerator generator = new DataGenerator(db);
            long started = System.nanoTime();
            if (generator.alreadyGenerated()) {
                System.out.println("The benchmark data is already there; writing the feeder files only.");
            } else {
                generator.generate(interviews);
                System.out.printf("Generated in %d s.%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
            }
            generator.writeFeeders(Path.of(args[3]));
            generator.printVolume();
        }
    }

    private boolean alreadyGenerated() throws SQLException {
        return count("select count(*) from kit where kit_key like '" + PREFIX + "%'") > 0;
    }

    private void generate(int interviewCount) throws SQLException {
        String passwordHash = single("select password_hash from app_user where username = 'ines'", String.class);
        if (passwordHash == null) {
            throw new IllegalStateException("No demo user 'ines': the generator gives every user the demo password "
                    + "and needs a database with the demo data (parley.demo.enabled)");
        }
        users(passwordHash);
        List<KitInfo> kits = kits();
        db.commit();
        interviews(interviewCount, kits);
        db.commit();
        analyticsFacts();
        db.commit();
        // fresh statistics from every row, as PostgreSQL's autovacuum would keep them: H2 samples the first 10,000
        // rows, which here are in time order, and then chose the one-column index of scorecard.interviewer over the unique
        // (interview_id, interviewer) for "my scorecard" (240 rows read instead of 1)
        try (Statement statement = db.createStatement()) {
            statement.execute(postgres ? "analyze" : "analyze sample_size 0");
        }
        db.commit();
    }

    /**
     * The analytics facts of the generated interviews past their debrief, by the statements Parley itself runs
     * (the application writes them when a debrief opens; this generator writes behind its back), packed by Parley's
     * own packer (V15). Skipped on a schema before V14 (before V15 for the packing): its migration fills them when the
     * new version deploys.
     */
    private void analyticsFacts() throws SQLException {
        if (count("select count(*) from information_schema.tables where lower(table_name) = 'analytics_interview'")
                == 0) {
            return;
        }
        Path file = Path.of("ejb/src/main/resources/io/parley/infrastructure/persistence/analytics-facts.sql");
        if (!Files.exists(file)) {
            file = Path.of("..").resolve(file);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + file.toAbsolutePath(), e);
        }
        StringBuilder statement = new StringBuilder();
        try (Statement sql = db.createStatement()) {
            for (String line : text.split("\n")) {
                if (line.strip().equals(";")) {
                    int rows = sql.executeUpdate(statement.toString()
                            .replace("{predicate}", "i.status in ('DEBRIEF', 'DECIDED')"));
                    System.out.printf("analytics facts: %,d rows%n", rows);
                    statement.setLength(0);
                } else if (!line.strip().startsWith("--")) {
                    statement.append(line).append('\n');
                }
            }
        }
        if (count("select count(*) from information_schema.columns where lower(table_name) = 'analytics_interview'"
                        + " and lower(column_name) = 'facts'")
                > 0) {
            System.out.printf("analytics facts packed: %,d interviews%n", new FactsPacker(db).packAll());
        }
    }

    // ---------------------------------------------------------------- users

    private void users(String passwordHash) throws SQLException {
        try (Batch user = new Batch(db, "app_user", "username", "display_name", "email", "password_hash", "active",
                "lock_version");
             Batch role = new Batch(db, "app_user_role", "username", "role_name")) {
            for (int i = 1; i <= USERS; i++) {
                String name = username(i);
                user.add(name, FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length],
                        name + "@parley.example", passwordHash, true, 0L);
                role.add(name, i <= HIRING_MANAGERS ? "hiring-manager"
                        : i <= HIRING_MANAGERS + RECRUITERS ? "recruiter"
                        : i <= HIRING_MANAGERS + RECRUITERS + HR_ADMINS ? "hr-admin" : "interviewer");
            }
            user.flush();
            role.flush();
        }
    }

    static String username(int i) {
        return PREFIX + String.format("%04d", i);
    }

    private static int firstInterviewer() {
        return HIRING_MANAGERS + RECRUITERS + HR_ADMINS + 1;
    }

    // ---------------------------------------------------------------- kits

    private record KitInfo(long id, String key, List<String> competencies, Map<String, List<Long>> questions,
                           List<Object[]> blocks, int minutes) {
    }

    /** Fifty published kits with the demo kit's content under other names. */
    private List<KitInfo> kits() throws SQLException {
        Map<String, Object> demo = rows("select * from kit where kit_key = ? and status = 'PUBLISHED' "
                + "order by version_number desc", DEMO_KIT).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo kit " + DEMO_KIT + " is not published here"));
        long demoId = ((Number) demo.get("id")).longValue();
        List<Map<String, Object>> competencies = rows("select * from competency where kit_id = ? order by position", demoId);
        List<Map<String, Object>> questions = rows("select q.* from question q join competency c on q.competency_id = c.id "
                + "where c.kit_id = ? order by c.position, q.position", demoId);
        List<Map<String, Object>> blocks = rows("select * from kit_agenda_block where kit_id = ? order by position", demoId);

        long kitId = reserve("kit_seq", KITS);
        long competencyId = reserve("competency_seq", (long) KITS * competencies.size());
        long questionId = reserve("question_seq", (long) KITS * questions.size());
        List<KitInfo> kits = new ArrayList<>();
        try (Batch kit = new Batch(db, "kit", List.copyOf(demo.keySet()));
             Batch competency = new Batch(db, "competency", List.copyOf(competencies.get(0).keySet()));
             Batch question = new Batch(db, "question", List.copyOf(questions.get(0).keySet()));
             Batch block = new Batch(db, "kit_agenda_block", List.copyOf(blocks.get(0).keySet()))) {
            for (int k = 0; k < KITS; k++) {
                long id = kitId++;
                String key = PREFIX + "kit-" + String.format("%02d", k + 1);
                Map<String, Object> row = new LinkedHashMap<>(demo);
                row.put("id", id);
                row.put("kit_key", key);
                row.put("version_number", 1);
                row.put("name", ROLES[k % ROLES.length] + " \u2013 " + STAGES[k / ROLES.length]);
                row.put("role_family", ROLES[k % ROLES.length]);
                row.put("stage", STAGES[k / ROLES.length]);
                row.put("lock_version", 1L);
                kit.add(row.values().toArray());
                Map<Object, Long> competencyIds = new LinkedHashMap<>();
                List<String> keys = new ArrayList<>();
                for (Map<String, Object> c : competencies) {
                    Map<String, Object> copy = new LinkedHashMap<>(c);
                    copy.put("id", competencyId);
                    copy.put("kit_id", id);
                    competencyIds.put(c.get("id"), competencyId++);
                    keys.add((String) c.get("competency_key"));
                    competency.add(copy.values().toArray());
                }
                Map<String, List<Long>> questionIds = new LinkedHashMap<>();
                for (Map<String, Object> q : questions) {
                    Map<String, Object> copy = new LinkedHashMap<>(q);
                    copy.put("id", questionId);
                    copy.put("competency_id", competencyIds.get(q.get("competency_id")));
                    String competencyKey = competencies.stream().filter(c -> c.get("id").equals(q.get("competency_id")))
                            .map(c -> (String) c.get("competency_key")).findFirst().orElseThrow();
                    questionIds.computeIfAbsent(competencyKey, x -> new ArrayList<>()).add(questionId++);
                    question.add(copy.values().toArray());
                }
                List<Object[]> agenda = new ArrayList<>();
                int minutes = 0;
                for (Map<String, Object> b : blocks) {
                    Map<String, Object> copy = new LinkedHashMap<>(b);
                    copy.put("kit_id", id);
                    block.add(copy.values().toArray());
                    agenda.add(new Object[] {b.get("kind"), b.get("title"), ((Number) b.get("minutes")).intValue()});
                    minutes += ((Number) b.get("minutes")).intValue();
                }
                kits.add(new KitInfo(id, key, keys, questionIds, agenda, minutes));
            }
            kit.flush();
            competency.flush();
            question.flush();
            block.flush();
        }
        return kits;
    }

    // ---------------------------------------------------------------- interviews

    private void interviews(int count, List<KitInfo> kits) throws SQLException {
        long interviewId = reserve("interview_seq", count + OPEN_PANELS);
        long scorecardId = reserve("scorecard_seq", (long) (count + OPEN_PANELS) * 7);
        Instant first = now.minus(Duration.ofDays(730));
        long stepSeconds = Duration.ofDays(760).toSeconds() / count;
        try (Batch interview = new Batch(db, "interview", "id", "candidate_external_id", "candidate_name",
                "candidate_email", "job_external_id", "job_title", "kit_id", "starts_at", "time_zone", "duration_minutes",
                "location", "status", "created_by", "created_at", "cancelled_at", "lock_version");
             Batch panel = new Batch(db, "interview_panel", "interview_id", "position", "username", "lead",
                     "starts_at");
             Batch agenda = new Batch(db, "agenda", "interview_id", "status", "lock_version");
             Batch item = new Batch(db, "agenda_item", "interview_id", "position", "kind", "title", "minutes",
                     "owner_username", "competency_keys", "question_ids");
             Batch approval = new Batch(db, "agenda_approval", "interview_id", "position", "username", "state",
                     "comment", "answered_at");
             Batch change = new Batch(db, "agenda_change", "interview_id", "position", "changed_at", "changed_by",
                     "action", "summary");
             Batch scorecard = new Batch(db, "scorecard", "id", "interview_id", "interviewer", "status",
                     "recommendation", "key_takeaways", "deal_breakers", "saved_at", "submitted_at", "amendments",
                     "lock_version");
             Batch rating = new Batch(db, "scorecard_rating", "scorecard_id", "position", "competency_key", "rating",
                     "evidence");
             Batch candidateQuestion = new Batch(db, "scorecard_candidate_question", "scorecard_id", "position",
                     "question", "answer");
             Batch revision = new Batch(db, "scorecard_revision", "scorecard_id", "position", "kind", "reason",
                     "revised_by", "revised_at", "content");
             Batch decision = new Batch(db, "decision", "interview_id", "outcome", "rationale", "weighted_score",
                     "decided_by", "decided_at", "follow_up", "follow_up_sent_at", "lock_version")) {
            Tables t = new Tables(interview, panel, agenda, item, approval, change, scorecard, rating,
                    candidateQuestion, revision, decision);
            for (int i = 0; i < count + OPEN_PANELS; i++) {
                boolean open = i >= count;
                KitInfo kit = kits.get(i % kits.size());
                Instant start = open ? now.minus(Duration.ofMinutes(30))
                        : first.plusSeconds(stepSeconds * i).truncatedTo(ChronoUnit.MINUTES);
                List<String> members = open ? openPanel(i - count) : randomPanel();
                scorecardId = interview(t, interviewId++, scorecardId, i, open, kit, start, members);
                if ((i + 1) % CHUNK == 0) {
                    for (Batch batch : t.inForeignKeyOrder()) {
                        batch.flush();
                    }
                }
                if ((i + 1) % 10_000 == 0) {
                    db.commit();
                    System.out.printf("%,d interviews, %,d scorecards%n", i + 1, scorecard.written());
                }
            }
            for (Batch batch : t.inForeignKeyOrder()) {
                batch.flush();
            }
        }
    }

    private record Tables(Batch interview, Batch panel, Batch agenda, Batch item, Batch approval, Batch change,
                          Batch scorecard, Batch rating, Batch candidateQuestion, Batch revision, Batch decision) {
        /** Flushed in this order: a row's foreign keys point at rows of the tables before it. */
        List<Batch> inForeignKeyOrder() {
            return List.of(interview, panel, agenda, item, approval, change, scorecard, rating, candidateQuestion,
                    revision, decision);
        }
    }

    /** A hiring manager as lead and four to six interviewers. */
    private List<String> randomPanel() {
        LinkedHashSet<String> panel = new LinkedHashSet<>();
        panel.add(username(1 + random.nextInt(HIRING_MANAGERS)));
        int size = 5 + random.nextInt(3);
        while (panel.size() < size) {
            panel.add(username(firstInterviewer() + random.nextInt(USERS - firstInterviewer() + 1)));
        }
        return List.copyOf(panel);
    }

    /** The load test's panels: lead {@code bench-000n} with four interviewers of their own. */
    static List<String> openPanel(int n) {
        List<String> panel = new ArrayList<>();
        panel.add(username(n + 1));
        for (int m = 0; m < OPEN_PANEL_MEMBERS; m++) {
            panel.add(username(firstInterviewer() + n * OPEN_PANEL_MEMBERS + m));
        }
        return panel;
    }

    private long interview(Tables t, long id, long scorecardId, int i, boolean open, KitInfo kit, Instant start,
                           List<String> members) throws SQLException {
        String status = open ? "FEEDBACK" : status(start, kit.minutes());
        String lead = members.get(0);
        String recruiter = username(HIRING_MANAGERS + 1 + i % RECRUITERS);
        Instant created = start.minus(Duration.ofDays(10));
        String candidate = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        t.interview().add(id, open ? PREFIX + "open-" + (i % 1000) : PREFIX + "cand-" + i, candidate,
                "candidate" + i + "@example.com", PREFIX + "job-" + (i % 5000), ROLES[i % ROLES.length], kit.id(),
                at(start), "Europe/Berlin", kit.minutes(), "Room " + (1 + i % 6) + "." + (10 + i % 30),
                status, recruiter, at(created), "CANCELLED".equals(status) ? at(start.minus(Duration.ofDays(1))) : null,
                1L);
        for (int p = 0; p < members.size(); p++) {
            t.panel().add(id, p, members.get(p), p == 0, at(start));
        }
        boolean agreed = !"PLANNING".equals(status);
        t.agenda().add(id, agreed ? "AGREED" : "DRAFT", agreed ? 3L : 1L);
        agendaItems(t, id, kit, members);
        Instant proposed = created.plus(Duration.ofDays(1));
        for (int p = 0; p < members.size(); p++) {
            t.approval().add(id, p, members.get(p), agreed ? "APPROVED" : "PENDING", null,
                    agreed ? at(proposed.plus(Duration.ofHours(2 + p))) : null);
        }
        t.change().add(id, 0, at(created), recruiter, "created", "Agenda created from the kit's template.");
        if (agreed) {
            t.change().add(id, 1, at(proposed), lead, "proposed", "Proposed to the panel for approval.");
            t.change().add(id, 2, at(proposed.plus(Duration.ofHours(8))), members.get(members.size() - 1), "agreed",
                    "Every panel member approved: the agenda is agreed.");
        }
        if (open || !List.of("FEEDBACK", "DEBRIEF", "DECIDED").contains(status)) {
            return scorecardId;
        }
        int votes = 0;
        for (int p = 0; p < members.size(); p++) {
            boolean submitted = !"FEEDBACK".equals(status) || (p < members.size() - 1 && random.nextBoolean());
            int leaning = random.nextInt(4);
            votes += leaning;
            scorecard(t, scorecardId++, id, members.get(p), kit, start.plus(Duration.ofHours(2 + p)), submitted, leaning);
        }
        if ("DECIDED".equals(status)) {
            double mean = (double) votes / members.size();
            String outcome = mean >= 1.5 ? "HIRE" : "NO_HIRE";
            t.decision().add(id, outcome, "The panel's evidence on the required competencies "
                    + (mean >= 1.5 ? "supports" : "does not support") + " an offer; see the debrief.",
                    1 + mean, lead, at(start.plus(Duration.ofDays(3))),
                    "Thank you for your time with us. We will be in touch about the next steps.", null, 1L);
        }
        return scorecardId;
    }

    private String status(Instant start, int minutes) {
        if (start.isAfter(now)) {
            return random.nextInt(4) == 0 ? "PLANNING" : "AGENDA_AGREED";
        }
        if (random.nextInt(25) == 0) {
            return "CANCELLED";
        }
        if (start.plus(Duration.ofMinutes(minutes)).isAfter(now)) {
            return "FEEDBACK";
        }
        if (start.isBefore(now.minus(Duration.ofDays(14)))) {
            return "DECIDED";
        }
        int r = random.nextInt(10);
        return r < 4 ? "FEEDBACK" : r < 7 ? "DEBRIEF" : "DECIDED";
    }

    /**
     * The kit's blocks with owners as the agenda editor would assign them: the lead welcomes and wraps up, the
     * competency blocks go to the interviewers, each competency to two of them, and the remaining interviewers take
     * the pitch and the candidate's questions, so every member owns a block.
     */
    private void agendaItems(Tables t, long id, KitInfo kit, List<String> members) throws SQLException {
        List<String> others = members.subList(1, members.size());
        List<Integer> competencyBlocks = new ArrayList<>();
        for (int b = 0; b < kit.blocks().size(); b++) {
            if ("COMPETENCY".equals(kit.blocks().get(b)[0])) {
                competencyBlocks.add(b);
            }
        }
        int nextOther = competencyBlocks.size();
        for (int b = 0; b < kit.blocks().size(); b++) {
            Object[] block = kit.blocks().get(b);
            String kind = (String) block[0];
            String owner = members.get(0);
            List<String> keys = new ArrayList<>();
            List<String> questions = new ArrayList<>();
            int competencyBlock = competencyBlocks.indexOf(b);
            if (competencyBlock >= 0) {
                owner = others.get(competencyBlock % others.size());
                for (int c = 0; c < kit.competencies().size(); c++) {
                    if (c % competencyBlocks.size() == competencyBlock
                            || (c + 1) % competencyBlocks.size() == competencyBlock) {
                        String key = kit.competencies().get(c);
                        keys.add(key);
                        kit.questions().getOrDefault(key, List.of()).forEach(q -> questions.add(String.valueOf(q)));
                    }
                }
            } else if (("PITCH".equals(kind) || "CANDIDATE_QUESTIONS".equals(kind) || "WRAP_UP".equals(kind))
                    && nextOther < others.size()) {
                owner = others.get(nextOther++);
            }
            t.item().add(id, b, kind, block[1], block[2], owner, json(keys), json(questions));
        }
    }

    private void scorecard(Tables t, long id, long interviewId, String member, KitInfo kit, Instant saved,
                           boolean submitted, int leaning) throws SQLException {
        String recommendation = RECOMMENDATIONS[leaning];
        t.scorecard().add(id, interviewId, member, submitted ? "SUBMITTED" : "DRAFT", submitted ? recommendation : null,
                "Clear communicator; " + EVIDENCE[random.nextInt(EVIDENCE.length)], "[]", at(saved),
                submitted ? at(saved) : null, 0, submitted ? 2L : 1L);
        StringBuilder content = new StringBuilder("{\"ratings\":[");
        for (int c = 0; c < kit.competencies().size(); c++) {
            int value = Math.max(1, Math.min(4, 1 + leaning + random.nextInt(3) - 1));
            String evidence = EVIDENCE[random.nextInt(EVIDENCE.length)];
            t.rating().add(id, c, kit.competencies().get(c), value, evidence);
            content.append(c == 0 ? "" : ",").append("{\"competency\":\"").append(kit.competencies().get(c))
                    .append("\",\"rating\":").append(value).append('}');
        }
        if (random.nextBoolean()) {
            t.candidateQuestion().add(id, 0, CANDIDATE_QUESTIONS[random.nextInt(CANDIDATE_QUESTIONS.length)],
                    "Answered with examples from the team's last quarter.");
        }
        if (submitted) {
            content.append("],\"recommendation\":\"").append(recommendation).append("\"}");
            t.revision().add(id, 0, "SUBMITTED", null, member, at(saved), content.toString());
        }
    }

    // ---------------------------------------------------------------- feeders for the simulations

    /** {@code panel.csv}: each load-test member and their open interview; {@code decided.csv}: interviews for the ATS. */
    private void writeFeeders(Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        List<String> panel = new ArrayList<>(List.of("username,interviewId"));
        for (Map<String, Object> row : rows("select p.username, p.interview_id from interview_panel p "
                + "join interview i on i.id = p.interview_id where i.candidate_external_id like ? "
                + "order by p.interview_id, p.position", PREFIX + "open-%")) {
            panel.add(row.get("username") + "," + row.get("interview_id"));
        }
        if (panel.size() != 1 + OPEN_PANELS * (1 + OPEN_PANEL_MEMBERS)) {
            throw new IllegalStateException("expected " + OPEN_PANELS + " open panels, found " + (panel.size() - 1) + " members");
        }
        Files.write(folder.resolve("panel.csv"), panel);
        List<String> decided = new ArrayList<>(List.of("interviewId"));
        try (PreparedStatement query = db.prepareStatement("select id from interview where status = 'DECIDED' "
                + "and candidate_external_id like ? order by id")) {
            query.setString(1, PREFIX + "cand-%");
            query.setMaxRows(20_000);
            try (ResultSet rs = query.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    if (n++ % 20 == 0) {
                        decided.add(String.valueOf(rs.getLong(1)));
                    }
                }
            }
        }
        Files.write(folder.resolve("decided.csv"), decided);
        System.out.printf("Feeders: %d panel members, %d decided interviews in %s%n", panel.size() - 1,
                decided.size() - 1, folder.toAbsolutePath());
    }

    private void printVolume() throws SQLException {
        for (String table : List.of("app_user", "kit", "interview", "interview_panel", "agenda_item", "scorecard",
                "scorecard_rating", "decision")) {
            System.out.printf("%-18s %,10d%n", table, count("select count(*) from " + table));
        }
    }

    // ---------------------------------------------------------------- JDBC plumbing

    /**
     * Takes {@code count} ids from a sequence the way EclipseLink does (a value v stands for the block ending at
     * v) and moves the sequence past them, so the application's next block starts after the generated rows.
     */
    private long reserve(String sequence, long count) throws SQLException {
        long value = single(postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence,
                Number.class).longValue();
        long first = value + 1;
        try (Statement statement = db.createStatement()) {
            statement.execute("alter sequence " + sequence + " restart with " + (first + count + 49));
        }
        return first;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private long count(String sql) throws SQLException {
        return single(sql, Number.class).longValue();
    }

    private <T> T single(String sql, Class<T> type) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? type.cast(rs.getObject(1)) : null;
        }
    }

    private List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
