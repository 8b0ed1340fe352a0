package org.socle.servicedesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.socle.servicedesk.link.TicketTag;

import org.springframework.data.jpa.domain.Specification;

/**
 * Queue and list filters; all optional. A category takes in its sub-categories; the
 * requester is the person who raised the ticket or on whose behalf it was raised;
 * {@code tag}: tickets bearing that tag (an {@code exists} on the tags of
 * {@code org.socle.servicedesk.link}).
 */
public record TicketFilter(TicketStatus status, Integer priority, TicketType type, Long teamId, Long assigneeId,
		Boolean open, String q, Long categoryId, Long establishmentId, Long requesterId, String tag) {

	/** No filter: every ticket the account sees. */
	public static TicketFilter none() {
		return new TicketFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	Specification<Ticket> toSpecification(TicketCategories categories) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.priority != null) {
				where.add(cb.equal(root.get("priority"), this.priority));
			}
			if (this.type != null) {
				where.add(cb.equal(root.get("type"), this.type));
			}
			if (this.teamId != null) {
				where.add(cb.equal(root.get("teamId"), this.teamId));
			}
			if (this.assigneeId != null) {
				where.add(cb.equal(root.get("assigneeId"), this.assigneeId));
			}
			if (Boolean.TRUE.equals(this.open)) {
				where.add(root.get("status")
					.in(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING));
			}
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
				where.add(cb.like(cb.lower(root.get("title")), like));
			}
			if (this.tag != null && !this.tag.isBlank()) {
				where.add(cb.exists(taggedWith(root, query, cb)));
			}
			if (this.categoryId != null) {
				where.add(root.get("categoryId").in(categories.withDescendants(this.categoryId)));
			}
			if (this.establishmentId != null) {
				where.add(cb.equal(root.get("establishmentId"), this.establishmentId));
			}
			if (this.requesterId != null) {
				where.add(cb.or(cb.equal(root.get("requesterId"), this.requesterId),
						cb.equal(root.get("onBehalfOfId"), this.requesterId)));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
	}

	/** Tickets bearing the tag (as typed, matched in its normal form). */
	private Subquery<Long> taggedWith(Root<Ticket> root, CommonAbstractCriteria query, CriteriaBuilder cb) {
		Subquery<Long> tagged = query.subquery(Long.class);
		Root<TicketTag> tag = tagged.from(TicketTag.class);
		return tagged.select(tag.get("ticketId"))
			.where(cb.equal(tag.get("ticketId"), root.get("id")),
					cb.equal(tag.get("tag"), TicketTag.matchingForm(this.tag)));
	}

}
