package org.socle.servicedesk.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests made through the catalogue: a staff member fills a request item of a service
 * offered to them; the answers are checked field by field (nothing is written when one is
 * wrong). Without approval, the owner team gets a service request ticket at once; with
 * one, the request waits for its approver, and only their approval gives the team the
 * ticket (a refusal gives it nothing).
 */
@Service
public class CatalogueRequests {

	/** Impact and urgency of a catalogue ticket: one person, soon. */
	private static final int IMPACT = 3;

	private static final int URGENCY = 2;

	private final CatalogueRequestRepository requests;

	private final ServiceCatalog catalog;

	private final RequestItems items;

	private final ServiceOfferingRepository services;

	private final TicketService tickets;

	private final DirectoryApi directory;

	private final CurrentAccess access;

	private final RequestMails mails;

	CatalogueRequests(CatalogueRequestRepository requests, ServiceCatalog catalog, RequestItems items,
			ServiceOfferingRepository services, TicketService tickets, DirectoryApi directory, CurrentAccess access,
			RequestMails mails) {
		this.mails = mails;
		this.requests = requests;
		this.catalog = catalog;
		this.items = items;
		this.services = services;
		this.tickets = tickets;
		this.directory = directory;
		this.access = access;
	}

	/**
	 * The signed-in person asks for the item of a service offered to them.
	 * @throws InvalidAnswersException when answers break their fields' rules
	 */
	@Transactional
	public CatalogueRequest submit(Long serviceId, Long itemId, RequestForm form, Locale locale) {
		ServiceOffering service = this.catalog.offered(serviceId);
		RequestItem item = this.items.active(serviceId, itemId);
		PersonRef me = this.directory.person(this.access.scope().personId())
			.orElseThrow(() -> new RecordNotFoundException("Person", this.access.scope().personId()));
		AnswerRules.Checked checked = AnswerRules.check(item.getFields(), form.getAnswers(), locale,
				id -> this.directory.person(id).map(PersonRef::label));
		if (!checked.problems().isEmpty()) {
			throw new InvalidAnswersException(checked.problems());
		}
		String details = (form.getDetails() == null || form.getDetails().isBlank()) ? null : form.getDetails().strip();
		if (details != null && details.length() > 20000) {
			throw FieldRuleException.invalid("details", "DeskCommentBody");
		}
		Long approverId = approverOf(item, me);
		CatalogueRequest request = this.requests.saveAndFlush(new CatalogueRequest(item, me.id(), me.establishmentId(),
				title(service, item, locale), details, checked.answers(), approverId));
		if (approverId == null) {
			send(request, locale);
		}
		else {
			this.mails.approvalAsked(request);
		}
		return request;
	}

	/** The approver lets the request through: the owner team gets its ticket. */
	@Transactional
	public CatalogueRequest approve(Long requestId, String comment, Locale locale) {
		CatalogueRequest request = awaitingMe(requestId);
		request.decide(true, this.access.scope().personId(), Instant.now(), checkedComment(comment, false));
		this.mails.approved(request, send(request, locale));
		return this.requests.saveAndFlush(request);
	}

	/** The approver refuses, saying why: no ticket, the requester reads the reason. */
	@Transactional
	public CatalogueRequest refuse(Long requestId, String comment) {
		CatalogueRequest request = awaitingMe(requestId);
		request.decide(false, this.access.scope().personId(), Instant.now(), checkedComment(comment, true));
		this.mails.refused(request);
		return this.requests.saveAndFlush(request);
	}

	/** The signed-in person's latest requests, newest first. */
	@Transactional(readOnly = true)
	public List<CatalogueRequest> mine() {
		Long me = this.access.scope().personId();
		return (me == null) ? List.of() : this.requests.findTop20ByRequesterIdOrderByCreatedAtDesc(me);
	}

	/** The requests waiting for the signed-in person's decision, oldest first. */
	@Transactional(readOnly = true)
	public List<CatalogueRequest> awaitingMyDecision() {
		Long me = this.access.scope().personId();
		return (me == null) ? List.of()
				: this.requests.findByApproverIdAndStatusOrderByCreatedAtAsc(me, RequestStatus.PENDING);
	}

	/** The signed-in person's latest decisions. */
	@Transactional(readOnly = true)
	public List<CatalogueRequest> decidedByMe() {
		Long me = this.access.scope().personId();
		return (me == null) ? List.of() : this.requests.findTop20ByDecidedByIdOrderByDecidedAtDesc(me);
	}

	/** The request a ticket came from, if it came from the catalogue. */
	@Transactional(readOnly = true)
	public java.util.Optional<CatalogueRequest> ofTicket(Ticket ticket) {
		return this.requests.findByTicketId(ticket.getId());
	}

	/**
	 * The answers of a ticket the account sees ("not found" otherwise); none when not
	 * from the catalogue.
	 */
	@Transactional(readOnly = true)
	public List<Answer> answersOfTicket(Long ticketId) {
		Ticket ticket = this.tickets.get(ticketId);
		return ofTicket(ticket).map(CatalogueRequest::getAnswers).orElse(List.of());
	}

	private CatalogueRequest awaitingMe(Long requestId) {
		Long me = this.access.scope().personId();
		return this.requests.findById(requestId)
			.filter(r -> me != null && Objects.equals(r.getApproverId(), me) && r.getStatus() == RequestStatus.PENDING)
			.orElseThrow(() -> new RecordNotFoundException("CatalogueRequest", requestId));
	}

	private Long approverOf(RequestItem item, PersonRef requester) {
		return switch (item.getApproval()) {
			case NONE -> null;
			case NAMED_APPROVER -> this.directory.person(item.getApproverId())
				.map(PersonRef::id)
				.orElseThrow(() -> FieldRuleException.invalid("approval", "ApproverUnknown"));
			case DEPARTMENT_HEAD -> this.directory.departmentHeadOf(requester.id())
				.map(PersonRef::id)
				.orElseThrow(() -> FieldRuleException.invalid("approval", "NoDepartmentHead"));
		};
	}

	private Ticket send(CatalogueRequest request, Locale locale) {
		ServiceOffering service = this.services.findById(request.getServiceId()).orElseThrow();
		Ticket ticket = this.tickets.createServiceRequest(
				new TicketCommands.FromCatalogue(service.getId(), service.getOwnerTeamId(), request.getRequesterId(),
						request.getTitle(), TicketDescription.of(request, locale), IMPACT, URGENCY));
		request.sentAs(ticket.getId());
		return ticket;
	}

	private static String title(ServiceOffering service, RequestItem item, Locale locale) {
		String title = service.name(locale) + " : " + item.label(locale);
		return (title.length() > 200) ? title.substring(0, 200) : title;
	}

	private static String checkedComment(String comment, boolean required) {
		if (comment == null || comment.isBlank()) {
			if (required) {
				throw FieldRuleException.invalid("comment", "NotBlank");
			}
			return null;
		}
		if (comment.length() > 2000) {
			throw FieldRuleException.invalid("comment", "ApprovalCommentLength", 2000);
		}
		return comment.strip();
	}

}
