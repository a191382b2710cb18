package org.redress.complaints.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.domain.ComplaintTimeline;
import org.redress.complaints.complaint.domain.TimelineNote;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;

/** Appends to and reads the append-only complaint_timeline table. */
@ApplicationScoped
public class Timeline implements ComplaintTimeline {

    private final EntityManager em;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    public Timeline(EntityManager em, CurrentActor currentActor, java.time.Clock clock) {
        this.em = em;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Appends the notes as done now by the current actor, in the caller's transaction. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID complaintId, List<TimelineNote> notes) {
        Actor actor = currentActor.get();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (TimelineNote note : notes) {
            em.createNativeQuery("""
                    INSERT INTO complaint_timeline (complaint_id, occurred_at, actor_subject, actor_roles, what, detail,
                        happened_on)
                    VALUES (:id, :at, :subject, :roles, :what, :detail, :happenedOn)""")
                    .setParameter("id", complaintId)
                    .setParameter("at", now)
                    .setParameter("subject", actor.subject())
                    .setParameter("roles", String.join(",", actor.roles().stream().sorted().toList()))
                    .setParameter("what", note.what())
                    .setParameter("detail", truncate(note.detail()))
                    .setParameter("happenedOn", note.happenedOn())
                    .executeUpdate();
        }
    }

    /** The complaint's entries, oldest first. */
    public List<TimelineEntryView> of(UUID complaintId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT occurred_at, actor_subject, actor_roles, what, detail, happened_on FROM complaint_timeline
                WHERE complaint_id = :id ORDER BY id""").setParameter("id", complaintId).getResultList();
        return rows.stream().map(r -> new TimelineEntryView(day(r[5]), instant(r[0]), (String) r[1],
                ((String) r[2]).isEmpty() ? List.of() : List.of(((String) r[2]).split(",")), (String) r[3],
                (String) r[4])).toList();
    }

    private static LocalDate day(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((java.sql.Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }
}
