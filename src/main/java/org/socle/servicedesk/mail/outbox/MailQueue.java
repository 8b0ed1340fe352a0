package org.socle.servicedesk.mail.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.socle.servicedesk.mail.MailSettings;
import org.socle.servicedesk.ticket.Ticket;

import org.springframework.stereotype.Component;

/**
 * Queues a mail about a ticket for other features of the service desk (service levels,
 * satisfaction...), in the caller's transaction, written in each recipient's language.
 * The text is the TEXT template {@code templates/mail/<template>.txt}, the subject the
 * message {@code servicedesk.mail.subject.<template>} (arguments: number, title). The
 * template always has {@code ticket}, {@code link} (the ticket's agent page) and
 * {@code reopenDays}, plus the caller's variables.
 */
@Component
public class MailQueue {

	private final MailRecipients recipients;

	private final Outbox outbox;

	private final MailSettings settings;

	MailQueue(MailRecipients recipients, Outbox outbox, MailSettings settings) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.settings = settings;
	}

	/**
	 * To a person of the directory; nothing when they have no address.
	 * @return whether a mail was queued
	 */
	public boolean toPerson(String template, Ticket ticket, Long personId, Map<String, Object> variables) {
		return queue(template, ticket, this.recipients.person(personId).stream().toList(), variables) > 0;
	}

	/**
	 * To a team: its own address, else its mailbox's, else each member with an address.
	 * @return how many mails were queued
	 */
	public int toTeam(String template, Ticket ticket, Long teamId, Map<String, Object> variables) {
		return queue(template, ticket, this.recipients.team(teamId), variables);
	}

	/**
	 * To the ticket's requester (or the unknown address that raised it) and the person it
	 * was raised for.
	 * @return how many mails were queued
	 */
	public int toRequesters(String template, Ticket ticket, Map<String, Object> variables) {
		return queue(template, ticket, this.recipients.requesters(ticket), variables);
	}

	/**
	 * To a person of the directory about no ticket (a catalogue request waiting for its
	 * approver, or refused): a mail of its own, whose subject takes the caller's
	 * arguments; the template has the caller's variables only. Nothing when they have no
	 * address.
	 * @return whether a mail was queued
	 */
	public boolean toPersonAbout(String template, Long personId, List<Object> subjectArguments,
			Map<String, Object> variables) {
		return this.recipients.person(personId)
			.map(to -> this.outbox.queueAbout(template, to, subjectArguments.toArray(), variables))
			.isPresent();
	}

	/**
	 * To a team about no ticket (a contract's notice date near...): a mail of its own per
	 * recipient of {@link #toTeam}, whose subject takes the caller's arguments; the
	 * template has the caller's variables only.
	 * @return how many mails were queued
	 */
	public int toTeamAbout(String template, Long teamId, List<Object> subjectArguments, Map<String, Object> variables) {
		return (int) this.recipients.team(teamId)
			.stream()
			.map(to -> this.outbox.queueAbout(template, to, subjectArguments.toArray(), variables))
			.filter(Objects::nonNull)
			.count();
	}

	private int queue(String template, Ticket ticket, List<Recipient> to, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.putIfAbsent("ticket", ticket);
		all.putIfAbsent("link", this.settings.ticketLink(ticket.getId()));
		all.putIfAbsent("reopenDays", this.settings.reopenDays());
		return this.outbox.queueAll(template, ticket, to, all).size();
	}

}
