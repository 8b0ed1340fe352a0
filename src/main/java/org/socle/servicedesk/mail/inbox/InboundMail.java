package org.socle.servicedesk.mail.inbox;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.servicedesk.mail.MailSettings;
import org.socle.servicedesk.mail.outbox.MailThreads;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketComment;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TicketType;
import org.socle.shared.i18n.MessagesConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one received mail becomes, in one transaction: nothing (an auto-reply, a loop, a
 * mail already read), a comment on the ticket it answers, or a new ticket for the
 * mailbox's team. A reply is matched by its In-Reply-To and References, then by a ticket
 * number in its subject; its sender must take part in the ticket (requester, agent of the
 * team...) for a public comment, otherwise it becomes an internal note for the team to
 * judge. A reply never reopens a resolved ticket; a reply to a closed or cancelled ticket
 * opens a new one. New tickets: incidents, impact 3 and urgency 3 (the team re-rates
 * them), raised by the person of the directory with the sender's address, or by the
 * address alone for the team to triage.
 */
@Component
class InboundMail {

	static final int IMPACT = 3;

	static final int URGENCY = 3;

	private static final Logger log = LoggerFactory.getLogger(InboundMail.class);

	private static final Pattern NUMBER = Pattern.compile("\\b(INC|REQ|PRB|CHG)-\\d{6,}\\b");

	private static final Pattern REPLY_PREFIX = Pattern.compile("^((re|fwd?|tr|aw|wg)\\s*:\\s*)+",
			Pattern.CASE_INSENSITIVE);

	private final SeenMessages seen;

	private final DirectoryApi directory;

	private final MailThreads threads;

	private final TicketRepository tickets;

	private final TicketService ticketService;

	private final TicketActivity activity;

	private final MailSettings settings;

	private final MessageSource messages;

	private final IncomingAttachments attachments;

	InboundMail(SeenMessages seen, DirectoryApi directory, MailThreads threads, TicketRepository tickets,
			TicketService ticketService, TicketActivity activity, MailSettings settings, MessageSource messages,
			IncomingAttachments attachments) {
		this.seen = seen;
		this.directory = directory;
		this.threads = threads;
		this.tickets = tickets;
		this.ticketService = ticketService;
		this.activity = activity;
		this.settings = settings;
		this.messages = messages;
		this.attachments = attachments;
	}

	/** Reads the mail received by the team's mailbox. */
	@Transactional
	Outcome process(TeamMailbox mailbox, InboundMessage mail) {
		if (!this.seen.claim(mailbox.getId(), mail)) {
			return Outcome.ALREADY_SEEN;
		}
		Optional<String> drop = AutoReplyFilter.dropReason(mail, this.settings.from());
		if (drop.isPresent()) {
			log.info("Mailbox {}: mail {} dropped ({})", mailbox.getId(), mail.messageId(), drop.get());
			return this.seen.outcome(mail, Outcome.DROPPED, null);
		}
		Optional<PersonRef> sender = this.directory.personByEmail(mail.sender());
		Optional<Ticket> answered = answered(mail)
			.filter(t -> t.getStatus() != TicketStatus.CLOSED && t.getStatus() != TicketStatus.CANCELLED);
		if (answered.isPresent()) {
			return comment(answered.get(), sender, mail);
		}
		Ticket ticket = this.ticketService.createFromMail(
				new TicketCommands.FromMail(TicketType.INCIDENT, title(mail.subject()), limit(mail.text(), 20000),
						sender.map(PersonRef::id).orElse(null), mail.sender(), mailbox.getTeamId(), IMPACT, URGENCY));
		this.attachments.keep(ticket.getId(), null, sender.map(PersonRef::id).orElse(null),
				sender.map(PersonRef::label).orElse(mail.sender()), mail);
		log.info("Mailbox {}: mail {} opened ticket {}", mailbox.getId(), mail.messageId(), ticket.getId());
		return this.seen.outcome(mail, Outcome.TICKET, ticket.getId());
	}

	private Outcome comment(Ticket ticket, Optional<PersonRef> sender, InboundMessage mail) {
		boolean participant = takesPart(ticket, sender.map(PersonRef::id).orElse(null), mail.sender());
		String text = limit(ReplyText.strip(mail.text()), 20000);
		if (!participant) {
			text = this.messages.getMessage("servicedesk.mail.unknownParticipant", new Object[] { mail.sender() },
					MessagesConfiguration.DEFAULT_LOCALE) + "\n\n" + text;
		}
		String author = sender.map(PersonRef::label).orElse(mail.sender());
		TicketComment comment = this.activity.commentFromMail(ticket, sender.map(PersonRef::id).orElse(null), author,
				text.isBlank() ? "-" : text, !participant);
		this.attachments.keep(ticket.getId(), comment.getId(), sender.map(PersonRef::id).orElse(null), author, mail);
		return this.seen.outcome(mail, participant ? Outcome.COMMENT : Outcome.NOTE, ticket.getId());
	}

	/**
	 * The ticket the mail answers: by its thread ids, else by a number in its subject.
	 */
	private Optional<Ticket> answered(InboundMessage mail) {
		Optional<Ticket> byThread = this.threads.ticketOf(mail.threadIds()).flatMap(this.tickets::findById);
		if (byThread.isPresent()) {
			return byThread;
		}
		Matcher number = NUMBER.matcher(mail.subject());
		return number.find() ? this.tickets.findByNumber(number.group()) : Optional.empty();
	}

	private boolean takesPart(Ticket ticket, Long personId, String address) {
		if (personId == null) {
			return address.equalsIgnoreCase(Objects.toString(ticket.getUnknownRequesterEmail(), ""));
		}
		return personId.equals(ticket.getRequesterId()) || personId.equals(ticket.getOnBehalfOfId())
				|| personId.equals(ticket.getAssigneeId()) || this.directory.isTeamMember(personId, ticket.getTeamId());
	}

	private String title(String subject) {
		String title = REPLY_PREFIX.matcher(subject).replaceFirst("").strip();
		if (title.isEmpty()) {
			title = this.messages.getMessage("servicedesk.mail.untitled", null, MessagesConfiguration.DEFAULT_LOCALE);
		}
		return limit(title, 200);
	}

	private static String limit(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	/** What a mail became. */
	enum Outcome {

		TICKET, COMMENT, NOTE, DROPPED, ALREADY_SEEN;

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
