package org.socle.servicedesk.ticket;

import java.util.Objects;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.inventory.InventoryApi;
import org.socle.servicedesk.ticket.TicketEvent.Kind;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets: opening (number, priority from the matrix), reading within scope, queues,
 * assignment and transfer. Status changes: {@link TicketWorkflow}.
 */
@Service
public class TicketService {

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final DirectoryApi directory;

	private final PriorityMatrices matrices;

	private final Timeline timeline;

	private final JdbcClient jdbc;

	private final TicketCategories categories;

	private final InventoryApi inventory;

	TicketService(TicketRepository tickets, TicketAccess access, DirectoryApi directory, PriorityMatrices matrices,
			Timeline timeline, JdbcClient jdbc, TicketCategories categories, InventoryApi inventory) {
		this.categories = categories;
		this.inventory = inventory;
		this.tickets = tickets;
		this.access = access;
		this.directory = directory;
		this.matrices = matrices;
		this.timeline = timeline;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<Ticket> list(TicketFilter filter, Pageable pageable) {
		return this.tickets.findAll(this.access.visible().and(filter.toSpecification(this.categories)), pageable);
	}

	/**
	 * "My tickets": those the signed-in person raised or that were raised on their
	 * behalf, among those they see (each side of the "or" has its own index).
	 */
	@Transactional(readOnly = true)
	public Page<Ticket> mine(TicketFilter filter, Pageable pageable) {
		Long me = this.access.scope().personId();
		Specification<Ticket> raisedByMe = (root, query, cb) -> (me == null) ? cb.disjunction()
				: cb.or(cb.equal(root.get("requesterId"), me), cb.equal(root.get("onBehalfOfId"), me));
		return queue(raisedByMe, filter, pageable);
	}

	/** A ticket the account sees, or "not found". */
	@Transactional(readOnly = true)
	public Ticket get(Long id) {
		return this.access.visibleOr404(this.tickets.findById(id).orElse(null), id);
	}

	/** Whether the signed-in account works this ticket (not only sees it). */
	public boolean canWork(Ticket ticket) {
		return this.access.canWork(ticket);
	}

	/**
	 * Whether the signed-in person raised the ticket or had it raised on their behalf.
	 */
	public boolean isRequester(Ticket ticket) {
		return this.access.isRequester(ticket);
	}

	@Transactional
	public Ticket create(TicketForm form) {
		Long me = this.access.scope().personId();
		if (!form.getType().isOpenable()) {
			throw FieldRuleException.invalid("type", "TicketTypeNotOpen", form.getType());
		}
		TeamRef team = this.directory.team(form.getTeamId())
			.orElseThrow(() -> FieldRuleException.invalid("teamId", "UnknownTeam", form.getTeamId()));
		Long requesterId = (form.getRequesterId() != null) ? form.getRequesterId() : me;
		PersonRef requester = this.directory.person(requesterId)
			.orElseThrow(() -> FieldRuleException.invalid("requesterId", "UnknownPerson", form.getRequesterId()));
		Long establishmentId = (form.getEstablishmentId() != null) ? form.getEstablishmentId()
				: requester.establishmentId();
		boolean agent = this.access.canWorkFor(team.id(), establishmentId);
		if (!this.access.scope().canSee(establishmentId) && !agent) {
			throw new RecordNotFoundException("Establishment", establishmentId);
		}
		if (!Objects.equals(requesterId, me) && !agent) {
			throw new AccessDeniedException("Only agents open tickets for someone else");
		}
		if (form.getOnBehalfOfId() != null && this.directory.person(form.getOnBehalfOfId()).isEmpty()) {
			throw FieldRuleException.invalid("onBehalfOfId", "UnknownPerson", form.getOnBehalfOfId());
		}
		checkCategory(form.getCategoryId(), team.id());
		checkAsset(form.getAssetId());
		int priority = this.matrices.current().priorityOf(form.getImpact(), form.getUrgency());
		Channel channel = (form.getChannel() != null) ? form.getChannel() : Channel.API;
		Ticket ticket = new Ticket(form.getType().number(this.tickets.nextNumber()), form.getType(),
				form.getTitle().strip(), requesterId, establishmentId, team.id(), channel);
		ticket.setDescription(form.getDescription());
		ticket.setOnBehalfOfId(form.getOnBehalfOfId());
		ticket.setDepartmentId(form.getDepartmentId());
		ticket.setLocationId(form.getLocationId());
		ticket.setLocationNote(blankToNull(form.getLocationNote()));
		ticket.setCategoryId(form.getCategoryId());
		ticket.setAssetId(form.getAssetId());
		ticket.prioritise(form.getImpact(), form.getUrgency(), priority);
		ticket = this.tickets.saveAndFlush(ticket);
		this.timeline.record(ticket, Kind.CREATED, null, TicketStatus.NEW, ticket.getNumber());
		return ticket;
	}

	/**
	 * A ticket raised by mail, with nobody signed in: the mail intake has matched the
	 * sender (or not) and the team of the mailbox. Establishment: the requester's, else
	 * the team's.
	 */
	@Transactional
	public Ticket createFromMail(TicketCommands.FromMail command) {
		TeamRef team = this.directory.team(command.teamId()).orElseThrow();
		Long establishmentId = this.directory.person(command.requesterId())
			.map(PersonRef::establishmentId)
			.orElse(team.establishmentId());
		int priority = this.matrices.current().priorityOf(command.impact(), command.urgency());
		Ticket ticket = new Ticket(command.type().number(this.tickets.nextNumber()), command.type(), command.title(),
				command.requesterId(), establishmentId, team.id(), Channel.EMAIL);
		ticket.setUnknownRequesterEmail((command.requesterId() == null) ? command.unknownRequesterEmail() : null);
		ticket.setDescription(command.description());
		ticket.prioritise(command.impact(), command.urgency(), priority);
		ticket = this.tickets.saveAndFlush(ticket);
		this.timeline.record(ticket, Kind.CREATED, null, TicketStatus.NEW, ticket.getNumber());
		return ticket;
	}

	/**
	 * A service request raised through the catalogue: type SERVICE_REQUEST, for the
	 * service's owner team, about the service, from the portal. The catalogue has checked
	 * that the service is offered to the requester and, when the item asks it, that the
	 * approver let it through; the establishment is the requester's.
	 */
	@Transactional
	public Ticket createServiceRequest(TicketCommands.FromCatalogue command) {
		TeamRef team = this.directory.team(command.teamId())
			.orElseThrow(() -> FieldRuleException.invalid("teamId", "UnknownTeam", command.teamId()));
		PersonRef requester = this.directory.person(command.requesterId())
			.orElseThrow(() -> FieldRuleException.invalid("requesterId", "UnknownPerson", command.requesterId()));
		int priority = this.matrices.current().priorityOf(command.impact(), command.urgency());
		Ticket ticket = new Ticket(TicketType.SERVICE_REQUEST.number(this.tickets.nextNumber()),
				TicketType.SERVICE_REQUEST, command.title().strip(), requester.id(), requester.establishmentId(),
				team.id(), Channel.PORTAL);
		ticket.setDescription(command.description());
		ticket.setServiceId(command.serviceId());
		ticket.prioritise(command.impact(), command.urgency(), priority);
		ticket = this.tickets.saveAndFlush(ticket);
		this.timeline.record(ticket, Kind.CREATED, null, TicketStatus.NEW, ticket.getNumber());
		return ticket;
	}

	/** Gives the ticket to a member of its team; a new ticket becomes assigned. */
	@Transactional
	public Ticket assign(Long id, TicketCommands.Assignment command) {
		Ticket ticket = workable(id, command.version());
		if (!this.directory.isTeamMember(command.assigneeId(), ticket.getTeamId())) {
			throw FieldRuleException.invalid("assigneeId", "NotTeamMember", command.assigneeId());
		}
		Long previous = ticket.getAssigneeId();
		ticket.setAssigneeId(command.assigneeId());
		this.timeline.record(ticket, Kind.ASSIGNED, previous, command.assigneeId(), null);
		if (ticket.getStatus() == TicketStatus.NEW) {
			ticket.moveTo(TicketStatus.ASSIGNED);
			this.timeline.record(ticket, Kind.STATUS_CHANGED, TicketStatus.NEW, TicketStatus.ASSIGNED, null);
		}
		return this.tickets.saveAndFlush(ticket);
	}

	/**
	 * A job (the SLA escalation) gives an open ticket to a member of its team, with
	 * nobody signed in: no access check, so never call it from a request. Nothing when
	 * the ticket is closed, the person not a member or already the assignee.
	 * @return whether the ticket was reassigned
	 */
	@Transactional
	public boolean assignBySystem(Long id, Long assigneeId) {
		Ticket ticket = this.tickets.findById(id).orElse(null);
		if (ticket == null || !ticket.getStatus().isOpen() || Objects.equals(ticket.getAssigneeId(), assigneeId)
				|| !this.directory.isTeamMember(assigneeId, ticket.getTeamId())) {
			return false;
		}
		Long previous = ticket.getAssigneeId();
		ticket.setAssigneeId(assigneeId);
		this.timeline.record(ticket, Kind.ASSIGNED, previous, assigneeId, null);
		if (ticket.getStatus() == TicketStatus.NEW) {
			ticket.moveTo(TicketStatus.ASSIGNED);
			this.timeline.record(ticket, Kind.STATUS_CHANGED, TicketStatus.NEW, TicketStatus.ASSIGNED, null);
		}
		this.tickets.saveAndFlush(ticket);
		return true;
	}

	/** Hands the ticket to another team: unassigned, history kept. */
	@Transactional
	public Ticket transfer(Long id, TicketCommands.Transfer command) {
		Ticket ticket = workable(id, command.version());
		TeamRef team = this.directory.team(command.teamId())
			.orElseThrow(() -> FieldRuleException.invalid("teamId", "UnknownTeam", command.teamId()));
		if (team.id().equals(ticket.getTeamId())) {
			throw FieldRuleException.invalid("teamId", "SameTeam");
		}
		Long previous = ticket.getTeamId();
		TicketStatus before = ticket.getStatus();
		ticket.transferTo(team.id());
		this.timeline.record(ticket, Kind.TRANSFERRED, previous, team.id(), team.name());
		if (before != ticket.getStatus()) {
			this.timeline.record(ticket, Kind.STATUS_CHANGED, before, ticket.getStatus(), null);
		}
		return this.tickets.saveAndFlush(ticket);
	}

	/**
	 * Files the ticket under an active category of its team, or under none; the timeline
	 * keeps the category's path as it was then.
	 */
	@Transactional
	public Ticket categorise(Long id, TicketCommands.Categorisation command) {
		Ticket ticket = workable(id, command.version());
		checkCategory(command.categoryId(), ticket.getTeamId());
		Long previous = ticket.getCategoryId();
		if (Objects.equals(previous, command.categoryId())) {
			return ticket;
		}
		ticket.setCategoryId(command.categoryId());
		this.timeline.record(ticket, Kind.CATEGORY_CHANGED, previous, command.categoryId(),
				(command.categoryId() != null) ? this.categories.pathOf(command.categoryId()) : null);
		return this.tickets.saveAndFlush(ticket);
	}

	/** An open ticket the account works, at the version the caller saw. */
	Ticket workable(Long id, Long version) {
		Ticket ticket = get(id);
		this.access.checkWorks(ticket);
		ticket.checkVersion((version != null) ? version : -1);
		if (!ticket.getStatus().isOpen()) {
			throw FieldRuleException.invalid("status", "TicketNotOpen", ticket.getStatus());
		}
		return ticket;
	}

	private void checkCategory(Long categoryId, Long teamId) {
		if (categoryId != null
				&& this.jdbc.sql("select count(*) from sd_category where id = ? and team_id = ? and not archived")
					.params(categoryId, teamId)
					.query(Long.class)
					.single() == 0) {
			throw FieldRuleException.invalid("categoryId", "UnknownCategory", categoryId);
		}
	}

	/**
	 * A ticket names an asset that the signed-in account may report on; any other
	 * (unknown or out of sight) is refused alike, so the answer tells nothing of other
	 * establishments' assets.
	 */
	private void checkAsset(Long assetId) {
		if (assetId != null && this.inventory.assetToReport(assetId).isEmpty()) {
			throw FieldRuleException.invalid("assetId", "UnknownAsset", assetId);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A queue: the visible tickets narrowed by the queue's own rule and the filter. */
	@Transactional(readOnly = true)
	public Page<Ticket> queue(Specification<Ticket> narrowing, TicketFilter filter, Pageable pageable) {
		return this.tickets.findAll(this.access.visible().and(narrowing).and(filter.toSpecification(this.categories)),
				pageable);
	}

}
