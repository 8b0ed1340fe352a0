package org.socle.servicedesk.link;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketEvent.Kind;
import org.socle.servicedesk.ticket.TicketFilter;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TicketWorkflow;
import org.socle.servicedesk.ticket.Timeline;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between tickets. Agents who work a ticket link it to another ticket they see
 * (typed by its number) and remove its links; both tickets' timelines tell it. A ticket
 * has one parent and one original at most, and neither parents nor duplicates go round in
 * a circle.
 */
@Service
class TicketLinks {

	private static final TicketFilter ANY = TicketFilter.none();

	private final TicketWork work;

	private final TicketService tickets;

	private final TicketWorkflow workflow;

	private final TicketLinkRepository links;

	private final LinkRules rules;

	private final Timeline timeline;

	private final Clock clock;

	TicketLinks(TicketWork work, TicketService tickets, TicketWorkflow workflow, TicketLinkRepository links,
			LinkRules rules, Timeline timeline, Clock clock) {
		this.work = work;
		this.tickets = tickets;
		this.workflow = workflow;
		this.links = links;
		this.rules = rules;
		this.timeline = timeline;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<LinkView> links(Long ticketId) {
		return of(this.work.seen(ticketId));
	}

	/**
	 * The links of a ticket the account sees, to the tickets it also sees (a link to a
	 * ticket out of its scope is not shown).
	 */
	List<LinkView> of(Ticket ticket) {
		List<TicketLink> all = this.links.linksOf(ticket.getId());
		List<Long> others = all.stream().map(l -> l.otherThan(ticket.getId())).toList();
		Map<Long, Ticket> visible = visible(
				(root, query, cb) -> others.isEmpty() ? cb.disjunction() : root.get("id").in(others), others.size());
		return all.stream()
			.filter(l -> visible.containsKey(l.otherThan(ticket.getId())))
			.map(l -> LinkView.of(l, ticket.getId(), visible.get(l.otherThan(ticket.getId()))))
			.toList();
	}

	/**
	 * Links ticket {@code ticketId} to the ticket numbered {@code command.number()}, as
	 * {@code command.kind()} reads from the first one. A duplicate may be cancelled at
	 * the same time.
	 */
	@Transactional
	LinkView add(Long ticketId, LinkCommands.NewLink command) {
		Ticket source = this.work.worked(ticketId);
		Ticket target = byNumber(command.number());
		LinkKind kind = kindOf(command.kind());
		if (source.getId().equals(target.getId())) {
			throw FieldRuleException.invalid("number", "LinkSelf");
		}
		TicketLink link = stored(source.getId(), target.getId(), kind);
		if (this.links
			.findByFromTicketIdAndToTicketIdAndKind(link.getFromTicketId(), link.getToTicketId(), link.getKind())
			.isPresent()) {
			throw FieldRuleException.duplicate("number", target.getNumber());
		}
		this.rules.check(link);
		link = this.links.saveAndFlush(link);
		this.timeline.record(source, Kind.LINKED, null, target.getNumber(), kind.name());
		this.timeline.record(target, Kind.LINKED, null, source.getNumber(), kind.inverse().name());
		if (command.cancels()) {
			cancelDuplicate(source, kind, command.version());
		}
		return LinkView.of(link, source.getId(), target);
	}

	/** Removes the link of that kind to that ticket, if there is one. */
	@Transactional
	void remove(Long ticketId, LinkKind kind, String number) {
		Ticket source = this.work.worked(ticketId);
		Ticket target = byNumber(number);
		TicketLink wanted = stored(source.getId(), target.getId(), kindOf(kind));
		Optional<TicketLink> link = this.links.findByFromTicketIdAndToTicketIdAndKind(wanted.getFromTicketId(),
				wanted.getToTicketId(), wanted.getKind());
		if (link.isEmpty()) {
			return;
		}
		this.links.delete(link.get());
		this.timeline.record(source, Kind.UNLINKED, target.getNumber(), null, kind.name());
		this.timeline.record(target, Kind.UNLINKED, source.getNumber(), null, kind.inverse().name());
	}

	/** A duplicate (this ticket) is cancelled as it is linked to its original. */
	private void cancelDuplicate(Ticket source, LinkKind kind, Long version) {
		if (kind != LinkKind.DUPLICATE_OF) {
			throw FieldRuleException.invalid("cancelDuplicate", "LinkCancelOnlyDuplicate");
		}
		this.workflow.transition(source.getId(),
				new TicketCommands.Transition(TicketStatus.CANCELLED, null, null, null, version));
	}

	/** The link as stored: one way only, the lower id first for the symmetric kind. */
	private TicketLink stored(Long from, Long to, LinkKind kind) {
		if (!kind.isStored()) {
			return stored(to, from, kind.inverse());
		}
		if (kind == LinkKind.RELATES_TO && from > to) {
			return stored(to, from, kind);
		}
		return new TicketLink(from, to, kind, this.clock.instant(), CurrentUsername.get());
	}

	private static LinkKind kindOf(LinkKind kind) {
		if (kind == null) {
			throw FieldRuleException.invalid("kind", "NotBlank");
		}
		return kind;
	}

	/** A ticket the account sees, by its number ("inc-000123" is INC-000123), or 404. */
	private Ticket byNumber(String number) {
		String wanted = (number == null) ? "" : number.strip().toUpperCase(Locale.ROOT);
		return visible((root, query, cb) -> cb.equal(root.get("number"), wanted), 1).values()
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Ticket", wanted));
	}

	/** The tickets of the narrowing that the account sees, by id. */
	private Map<Long, Ticket> visible(Specification<Ticket> narrowing, int size) {
		Pageable page = PageRequest.of(0, Math.max(size, 1));
		return this.tickets.queue(narrowing, ANY, page)
			.stream()
			.collect(Collectors.toMap(Ticket::getId, Function.identity()));
	}

}
