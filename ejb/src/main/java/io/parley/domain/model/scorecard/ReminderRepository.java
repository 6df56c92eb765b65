package io.parley.domain.model.scorecard;

import java.util.Collection;
import java.util.List;

/** Which reminders were sent, and when: at most one a day per member, interview and kind. */
public interface ReminderRepository {

    /** Every reminder sent about these interviews, in one query. */
    List<Reminder> forInterviews(Collection<Long> interviewIds);

    void store(Reminder reminder);
}
