package org.socle.servicedesk.ticket;

import java.time.Instant;
import java.time.LocalDate;

/** Tickets and their activity as the API shows them. */
final class TicketViews {

	private TicketViews() {
	}

	record TicketView(Long id, String number, TicketType type, String title, String description, Long requesterId,
			Long onBehalfOfId, Long establishmentId, Long departmentId, Long locationId, Channel channel, Long teamId,
			Long categoryId, Long assigneeId, int impact, int urgency, int priority, TicketStatus status,
			PendingReason pendingReason, String resolutionCode, String resolutionNote, Instant resolvedAt,
			Instant closedAt, int reopenCount, long version, Instant createdAt, String createdBy,
			Instant lastModifiedAt, String lastModifiedBy, Long serviceId, Instant responseDueAt,
			Instant resolutionDueAt, SlaState slaState, Long assetId) {

		static TicketView of(Ticket t) {
			return new TicketView(t.getId(), t.getNumber(), t.getType(), t.getTitle(), t.getDescription(),
					t.getRequesterId(), t.getOnBehalfOfId(), t.getEstablishmentId(), t.getDepartmentId(),
					t.getLocationId(), t.getChannel(), t.getTeamId(), t.getCategoryId(), t.getAssigneeId(),
					t.getImpact(), t.getUrgency(), t.getPriority(), t.getStatus(), t.getPendingReason(),
					t.getResolutionCode(), t.getResolutionNote(), t.getResolvedAt(), t.getClosedAt(),
					t.getReopenCount(), t.getVersion(), t.getCreatedAt(), t.getCreatedBy(), t.getLastModifiedAt(),
					t.getLastModifiedBy(), t.getServiceId(), t.getResponseDueAt(), t.getResolutionDueAt(),
					t.getSlaState(), t.getAssetId());
		}
	}

	record CommentView(Long id, Long authorId, String authorName, String body, boolean internal, Instant createdAt) {

		static CommentView of(TicketComment c) {
			return new CommentView(c.getId(), c.getAuthorId(), c.getAuthorName(), c.getBody(), c.isInternal(),
					c.getCreatedAt());
		}
	}

	record TimeEntryView(Long id, Long personId, int minutes, LocalDate workDate, String note, Instant createdAt,
			String createdBy) {

		static TimeEntryView of(TimeEntry e) {
			return new TimeEntryView(e.getId(), e.getPersonId(), e.getMinutes(), e.getWorkDate(), e.getNote(),
					e.getCreatedAt(), e.getCreatedBy());
		}
	}

	record TimelineView(Long id, TicketEvent.Kind kind, Instant at, Long actorId, String actorName, String from,
			String to, String detail, Long commentId, boolean internal, String comment) {

		static TimelineView of(TimelineLine line) {
			TicketEvent e = line.event();
			return new TimelineView(e.getId(), e.getKind(), e.getAt(), e.getActorId(), e.getActorName(),
					e.getFromValue(), e.getToValue(), e.getDetail(), e.getCommentId(), e.isInternal(),
					line.commentBody());
		}
	}

}
