package org.socle.servicedesk.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.servicedesk.mail.MailSettings;
import org.socle.servicedesk.mail.outbox.MailQueue;
import org.socle.servicedesk.ticket.Ticket;

import org.springframework.stereotype.Component;

/**
 * The mails of catalogue requests that wait for an approval, queued in the decision's
 * transaction: the approver is asked (with the link to their approvals page), the
 * requester is told the decision (approved: on the ticket's thread; refused: with the
 * approver's reason and the link to their requests).
 */
@Component
class RequestMails {

	static final String APPROVAL = "catalogue-approval";

	static final String APPROVED = "catalogue-approved";

	static final String REFUSED = "catalogue-refused";

	private final MailQueue mails;

	private final MailSettings settings;

	private final DirectoryApi directory;

	RequestMails(MailQueue mails, MailSettings settings, DirectoryApi directory) {
		this.mails = mails;
		this.settings = settings;
		this.directory = directory;
	}

	/** The approver is asked to decide. */
	void approvalAsked(CatalogueRequest request) {
		Map<String, Object> variables = variables(request);
		variables.put("link", this.settings.pageLink("/portal/approvals"));
		this.mails.toPersonAbout(APPROVAL, request.getApproverId(), List.of(request.getTitle()), variables);
	}

	/** The approver let it through: the team has the ticket. */
	void approved(CatalogueRequest request, Ticket ticket) {
		this.mails.toRequesters(APPROVED, ticket, variables(request));
	}

	/** The approver refused, saying why. */
	void refused(CatalogueRequest request) {
		Map<String, Object> variables = variables(request);
		variables.put("link", this.settings.pageLink("/portal/catalogue/requests"));
		this.mails.toPersonAbout(REFUSED, request.getRequesterId(), List.of(request.getTitle()), variables);
	}

	private Map<String, Object> variables(CatalogueRequest request) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("title", request.getTitle());
		variables.put("requester", name(request.getRequesterId()));
		variables.put("approver", name(request.getApproverId()));
		variables.put("comment", (request.getDecisionComment() != null) ? request.getDecisionComment() : "");
		return variables;
	}

	private String name(Long personId) {
		return this.directory.person(personId).map(PersonRef::label).orElse("-");
	}

}
