package io.parley.domain.model.audit;

import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One read of a candidate's assessment: who, what, when and through which channel. Written once, never changed
 * (no version column); deleted only by the retention job.
 */
@Entity
@Table(name = "read_audit")
public class ReadRecord {

    public static final int MAX_READER = 64;
    public static final int MAX_SUBJECT = 64;
    public static final int MAX_CANDIDATE_REF = 120;

    @Id
    @SequenceGenerator(name = "read_audit_seq", sequenceName = "read_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "read_audit_seq")
    private Long id;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Column(name = "reader", nullable = false, length = MAX_READER)
    private String reader;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private ReadKind kind;

    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "candidate_ref", length = MAX_CANDIDATE_REF)
    private String candidateRef;

    @Column(name = "subject", length = MAX_SUBJECT)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8)
    private Channel channel;

    protected ReadRecord() {
        // for JPA
    }

    private ReadRecord(
            Instant readAt,
            String reader,
            ReadKind kind,
            Long interviewId,
            String candidateRef,
            String subject,
            Channel channel) {
        this.readAt = Objects.requireNonNull(readAt, "readAt");
        this.reader = Texts.required(reader, MAX_READER, "reader");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.interviewId = interviewId;
        this.candidateRef = candidateRef == null ? null : Texts.required(candidateRef, MAX_CANDIDATE_REF, "candidate");
        this.subject = subject == null || subject.isBlank() ? null : Texts.required(subject, MAX_SUBJECT, "subject");
        if (interviewId == null && (kind != ReadKind.RECORDS_EXPORT || this.candidateRef == null)) {
            throw new IllegalArgumentException("Only a records export by candidate has no interview");
        }
    }

    /** A read of something of one interview ({@code subject}: whose scorecard, or null). */
    public static ReadRecord of(
            Instant at, String reader, ReadKind kind, long interviewId, String subject, Channel channel) {
        return new ReadRecord(at, reader, kind, interviewId, null, subject, channel);
    }

    /** A records export asked for by the candidate's id (the ATS's external id), not by interview. */
    public static ReadRecord recordsExport(Instant at, String reader, String candidateRef, Channel channel) {
        return new ReadRecord(at, reader, ReadKind.RECORDS_EXPORT, null, candidateRef, null, channel);
    }

    public Long idValue() {
        return id;
    }

    public Instant readAt() {
        return readAt;
    }

    public String reader() {
        return reader;
    }

    public ReadKind kind() {
        return kind;
    }

    public Optional<Long> interviewId() {
        return Optional.ofNullable(interviewId);
    }

    public Optional<String> candidateRef() {
        return Optional.ofNullable(candidateRef);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Channel channel() {
        return channel;
    }
}
