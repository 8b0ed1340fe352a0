package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.servicedesk.attachment.AttachmentStore.Incoming;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketAccess;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.servicedesk.ticket.TicketComment;
import org.socle.servicedesk.ticket.TicketCommentRepository;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to tickets. The ticket's agents and its requester (or the person it was
 * raised for) attach; whoever sees the ticket reads its attachments, except those of
 * internal notes, which only agents see. Every file goes through the same rules: size
 * limit, type found in its bytes among the allowed ones.
 * <p>
 * Other features call {@link #attach} for the signed-in person (the portal's photo at
 * creation) and {@link #attachFromMail} for files that arrive with no one signed in.
 */
@Service
public class AttachmentService {

	private static final int MAX_REASON = 200;

	private final TicketService tickets;

	private final TicketAccess access;

	private final TicketRepository ticketRows;

	private final TicketCommentRepository comments;

	private final TicketActivity activity;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final ContentSniffer sniffer;

	private final AttachmentProperties properties;

	private final CurrentAccess currentAccess;

	private final DirectoryApi directory;

	private final Clock clock;

	AttachmentService(TicketService tickets, TicketAccess access, TicketRepository ticketRows,
			TicketCommentRepository comments, TicketActivity activity, AttachmentRepository attachments,
			AttachmentStore store, ContentSniffer sniffer, AttachmentProperties properties, CurrentAccess currentAccess,
			DirectoryApi directory, Clock clock) {
		this.tickets = tickets;
		this.access = access;
		this.ticketRows = ticketRows;
		this.comments = comments;
		this.activity = activity;
		this.attachments = attachments;
		this.store = store;
		this.sniffer = sniffer;
		this.properties = properties;
		this.currentAccess = currentAccess;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The signed-in person attaches a file to a ticket they see, as one of its agents or
	 * as its requester (403 otherwise; 404 for a ticket out of scope).
	 * @param commentId a comment of the ticket the file goes with, or null; a file of an
	 * internal note is internal too
	 * @param filename the name on the uploader's side (kept as a label only)
	 * @param content the bytes; read here, closed by the caller
	 * @throws FieldRuleException on field {@code file}: {@code AttachmentTooLarge},
	 * {@code AttachmentTypeNotAllowed}, {@code AttachmentEmpty}; on {@code commentId}:
	 * {@code AttachmentUnknownComment}
	 */
	@Transactional
	public Attachment attach(Long ticketId, Long commentId, String filename, InputStream content) {
		Ticket ticket = this.tickets.get(ticketId);
		boolean agent = this.tickets.canWork(ticket);
		if (!agent && !this.access.isRequester(ticket)) {
			throw new AccessDeniedException("May not attach files to ticket " + ticketId);
		}
		Long me = this.currentAccess.scope().personId();
		String name = this.directory.person(me).map(DirectoryApi.PersonRef::label).orElseGet(CurrentUsername::get);
		return keep(ticket, comment(ticket, commentId, agent), filename, content, me, name);
	}

	/**
	 * A file that arrived by mail (or from another system): no one is signed in, so no
	 * access check, but the same size and type rules.
	 * @param senderId the sender's person id, if known
	 * @param senderName the sender as the mail names them
	 * @throws FieldRuleException when a rule refuses the file, before anything is written
	 * (so the caller's transaction may go on without it)
	 */
	@Transactional(noRollbackFor = FieldRuleException.class)
	public Attachment attachFromMail(Long ticketId, Long commentId, String filename, InputStream content, Long senderId,
			String senderName) {
		Ticket ticket = this.ticketRows.findById(ticketId)
			.orElseThrow(() -> new RecordNotFoundException("Ticket", ticketId));
		return keep(ticket, comment(ticket, commentId, true), filename, content, senderId, senderName);
	}

	/** The attachments of a ticket the account sees: internal ones for agents only. */
	@Transactional(readOnly = true)
	public List<Attachment> list(Long ticketId) {
		Ticket ticket = this.tickets.get(ticketId);
		return visible(ticket, this.tickets.canWork(ticket));
	}

	List<Attachment> visible(Ticket ticket, boolean agent) {
		return agent ? this.attachments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
				: this.attachments.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(ticket.getId());
	}

	/** An attachment the account may read, with its bytes; 404 otherwise. */
	@Transactional(readOnly = true)
	public Download download(Long ticketId, Long attachmentId) {
		Ticket ticket = this.tickets.get(ticketId);
		Attachment attachment = this.attachments.findByIdAndTicketId(attachmentId, ticketId)
			.filter(a -> !a.isInternal() || this.tickets.canWork(ticket))
			.filter(a -> !a.isRemoved())
			.filter(a -> this.store.exists(a.getStorageKey()))
			.orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
		return new Download(attachment, this.store.open(attachment.getStorageKey()));
	}

	/**
	 * An agent of the ticket takes a file off it, saying why: the file is deleted once
	 * this commits, the row and the timeline keep the trace. 403 for others; 404 for a
	 * file already removed.
	 * @throws FieldRuleException on field {@code reason}: {@code NotBlank}, {@code Size}
	 */
	@Transactional
	public Attachment remove(Long ticketId, Long attachmentId, String reason) {
		Ticket ticket = this.tickets.get(ticketId);
		if (!this.tickets.canWork(ticket)) {
			throw new AccessDeniedException("May not remove files of ticket " + ticketId);
		}
		Attachment attachment = this.attachments.findByIdAndTicketId(attachmentId, ticketId)
			.filter(a -> !a.isRemoved())
			.orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		if (why.length() > MAX_REASON) {
			throw FieldRuleException.invalid("reason", "Size", 1, MAX_REASON);
		}
		attachment.remove(this.clock.instant(), CurrentUsername.get(), why);
		this.attachments.saveAndFlush(attachment);
		this.activity.recordAttachmentRemoved(ticket, attachment.getFilename(), why, attachment.isInternal());
		this.store.deleteAfterCommit(attachment.getStorageKey());
		return attachment;
	}

	/** Whether the signed-in person may attach files to the ticket. */
	boolean canAttach(Ticket ticket, boolean agent) {
		return agent || this.access.isRequester(ticket);
	}

	/** The comment the file goes with, which the uploader must be able to read. */
	private TicketComment comment(Ticket ticket, Long commentId, boolean agent) {
		if (commentId == null) {
			return null;
		}
		return this.comments.findById(commentId)
			.filter(c -> c.getTicketId().equals(ticket.getId()) && (agent || !c.isInternal()))
			.orElseThrow(() -> FieldRuleException.invalid("commentId", "AttachmentUnknownComment", commentId));
	}

	private Attachment keep(Ticket ticket, TicketComment comment, String filename, InputStream content, Long byId,
			String byName) {
		String name = Filenames.clean(filename);
		Incoming incoming = this.store.receive(content, this.properties.maxSize().toBytes());
		try {
			if (!incoming.complete()) {
				throw FieldRuleException.invalid("file", "AttachmentTooLarge", this.properties.maxMegabytes());
			}
			if (incoming.size() == 0) {
				throw FieldRuleException.invalid("file", "AttachmentEmpty");
			}
			String type = this.sniffer.detect(incoming.file(), name)
				.filter(this.properties.allowedTypes()::contains)
				.orElseThrow(() -> FieldRuleException.invalid("file", "AttachmentTypeNotAllowed", name));
			String key = this.store.keep(incoming);
			boolean internal = comment != null && comment.isInternal();
			Attachment attachment = this.attachments
				.saveAndFlush(new Attachment(ticket.getId(), (comment != null) ? comment.getId() : null, internal,
						new StoredFile(name, type, incoming.size(), incoming.sha256(), key), byId, byName,
						this.clock.instant()));
			this.activity.recordAttachment(ticket, name, internal);
			return attachment;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.store.discard(incoming);
		}
	}

	/** An attachment and its bytes. */
	public record Download(Attachment attachment, Resource content) {
	}

}
