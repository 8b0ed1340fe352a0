package org.socle.servicedesk.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.socle.servicedesk.attachment.AttachmentService;
import org.socle.servicedesk.ticket.Channel;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketForm;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TicketWorkflow;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a staff member does on the portal: raise a ticket through a plain-words topic,
 * answer, confirm the resolution, or reopen with what is still wrong. The ticket rules
 * (who may, which transitions) stay those of the ticket services.
 */
@Service
public class Portal {

	private final PortalTopics topics;

	private final TicketService tickets;

	private final TicketActivity activity;

	private final TicketWorkflow workflow;

	private final AttachmentService attachments;

	Portal(PortalTopics topics, TicketService tickets, TicketActivity activity, TicketWorkflow workflow,
			AttachmentService attachments) {
		this.attachments = attachments;
		this.topics = topics;
		this.tickets = tickets;
		this.activity = activity;
		this.workflow = workflow;
	}

	/**
	 * Opens the ticket for the signed-in person, routed by the topic, with the photo if
	 * one is sent: a refused photo (too large, not an image we take) refuses the whole
	 * request, so nothing is half-written.
	 */
	@Transactional
	public Ticket raise(PortalRequest request) {
		Ticket ticket = open(request);
		MultipartFile photo = request.getPhoto();
		if (photo != null && !photo.isEmpty()) {
			try (InputStream content = photo.getInputStream()) {
				this.attachments.attach(ticket.getId(), null, photo.getOriginalFilename(), content);
			}
			catch (FieldRuleException ex) {
				throw FieldRuleException.invalid("photo", ex.getRule(), ex.getArguments());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return ticket;
	}

	private Ticket open(PortalRequest request) {
		PortalTopic topic = this.topics.offered(request.getTopicId());
		TicketForm form = new TicketForm();
		form.setType(topic.getType());
		form.setTeamId(topic.getTeamId());
		form.setCategoryId(topic.getCategoryId());
		form.setTitle(request.getTitle());
		form.setDescription(request.getDescription());
		form.setImpact(request.getAffected().impact());
		form.setUrgency(request.getUrgency().level());
		form.setLocationNote(request.getLocationNote());
		form.setChannel(Channel.PORTAL);
		return this.tickets.create(form);
	}

	/** A public answer from the requester (it resumes a ticket waiting for them). */
	@Transactional
	public void answer(Long ticketId, String body) {
		this.activity.comment(ticketId, new TicketCommands.NewComment(checkedBody(body), false));
	}

	/** The requester confirms that the problem is solved: the ticket closes. */
	@Transactional
	public Ticket confirm(Long ticketId, Long version) {
		return this.workflow.transition(ticketId,
				new TicketCommands.Transition(TicketStatus.CLOSED, null, null, null, version));
	}

	/** The requester says what is still wrong, and the ticket goes back to the team. */
	@Transactional
	public Ticket reopen(Long ticketId, Long version, String body) {
		String why = checkedBody(body);
		Ticket ticket = this.workflow.transition(ticketId,
				new TicketCommands.Transition(TicketStatus.IN_PROGRESS, null, null, null, version));
		this.activity.comment(ticketId, new TicketCommands.NewComment(why, false));
		return ticket;
	}

	private static String checkedBody(String body) {
		if (body == null || body.isBlank() || body.length() > 20000) {
			throw FieldRuleException.invalid("body", "DeskCommentBody");
		}
		return body;
	}

}
