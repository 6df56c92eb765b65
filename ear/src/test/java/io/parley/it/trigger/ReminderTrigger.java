package io.parley.it.trigger;

import io.parley.application.scorecard.ScorecardReminders;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/** Runs the scorecard reminder timer's job now ({@code POST /test/reminders}) and answers how many mails went out. */
@WebServlet("/test/reminders")
public class ReminderTrigger extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScorecardReminders reminders;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int sent = reminders.remind(Instant.now());
        response.setContentType("text/plain");
        response.getWriter().print(sent);
    }
}
