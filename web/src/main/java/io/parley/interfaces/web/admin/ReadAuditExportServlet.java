package io.parley.interfaces.web.admin;

import io.parley.application.audit.ReadAuditQuery;
import io.parley.application.audit.ReadView;
import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.interfaces.web.shell.Csv;
import io.parley.interfaces.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code /admin/read-audit.csv?reader=&interview=&kind=&from=&to=}: every read the filter selects, newest first, as
 * CSV, streamed in batches of {@value #BATCH} (keyset paging), so its size does not depend on the server's memory.
 * Under {@code /admin/*}, so for hr-admins only (web.xml), and the query service checks the role again. A wrong
 * filter is a 400 with the page's messages as plain text.
 */
@WebServlet("/" + ReadAuditPageBean.CSV)
public class ReadAuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int BATCH = 500;

    static final String HEADER = "read_at,reader,kind,interview_id,candidate,subject,channel\r\n";

    @EJB
    private ReadAuditQuery reads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = Messages.bundle(request);
        ReadAuditForm form = new ReadAuditForm(ZoneId.systemDefault());
        ReadAuditForm.PARAMETERS.forEach(name -> form.set(name, request.getParameter(name)));
        if (!form.check()) {
            List<String> problems = new ArrayList<>();
            form.problems()
                    .forEach((name, problem) -> problems.add(Messages.text(
                            bundle, problem.key(), problem.arguments().toArray())));
            Messages.refuse(response, HttpServletResponse.SC_BAD_REQUEST, String.join("\n", problems));
            return;
        }
        ReadAuditFilter filter = form.filter();
        List<ReadView> batch;
        try {
            // the first batch before the answer starts: a refusal is still a clean 403
            batch = reads.after(filter, null, BATCH);
        } catch (EJBAccessException e) {
            Messages.refuse(response, HttpServletResponse.SC_FORBIDDEN, Messages.text(bundle, "error.forbidden.text"));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"read-audit.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(HEADER);
        while (!batch.isEmpty()) {
            for (ReadView read : batch) {
                out.write(line(read));
            }
            batch = batch.size() < BATCH ? List.of() : reads.after(filter, batch.get(batch.size() - 1), BATCH);
        }
        out.flush();
    }

    static String line(ReadView read) {
        return Csv.line(List.of(
                Csv.cell(read.readAt().toString()),
                Csv.cell(read.reader()),
                Csv.cell(read.kind().name()),
                Csv.number(read.interviewId()),
                Csv.cell(read.candidateRef()),
                Csv.cell(read.subject()),
                Csv.cell(read.channel().name())));
    }
}
