package org.socle.servicedesk.attachment;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The attachments part of the ticket page: the files, and the upload form. */
@Component
class AttachmentSection implements TicketPageSection {

	private final AttachmentService attachments;

	private final AttachmentProperties properties;

	AttachmentSection(AttachmentService attachments, AttachmentProperties properties) {
		this.attachments = attachments;
		this.properties = properties;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("attachments", this.attachments.visible(ticket, canWork));
		model.addAttribute("canAttach", this.attachments.canAttach(ticket, canWork));
		model.addAttribute("attachmentAccept", accept());
		model.addAttribute("attachmentMaxMegabytes", this.properties.maxMegabytes());
	}

	/**
	 * What the file picker offers: the allowed types and their extensions (phones map
	 * {@code image/*} to the camera and the gallery).
	 */
	private String accept() {
		return this.properties.allowedTypes()
			.stream()
			.flatMap(type -> java.util.stream.Stream.concat(type.startsWith("image/")
					? java.util.stream.Stream.of("image/*") : java.util.stream.Stream.of(type),
					ContentSniffer.extensionsOf(type).stream()))
			.distinct()
			.collect(Collectors.joining(","));
	}

}
