package io.parley.application.audit;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadRecord;
import java.io.Serializable;
import java.time.Instant;

/** One recorded read as the page and the CSV show it. */
public record ReadView(
        long id,
        Instant readAt,
        String reader,
        ReadKind kind,
        Long interviewId,
        String candidateRef,
        String subject,
        Channel channel)
        implements Serializable {

    static ReadView of(ReadRecord record) {
        return new ReadView(
                record.idValue(),
                record.readAt(),
                record.reader(),
                record.kind(),
                record.interviewId().orElse(null),
                record.candidateRef().orElse(null),
                record.subject().orElse(null),
                record.channel());
    }
}
