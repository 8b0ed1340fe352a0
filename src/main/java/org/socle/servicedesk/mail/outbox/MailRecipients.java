package org.socle.servicedesk.mail.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.shared.i18n.MessagesConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a ticket's mails go to, each with their language (the account's, French by
 * default).
 */
@Component
class MailRecipients {

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	MailRecipients(DirectoryApi directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/**
	 * The requester (or the unknown address that raised it by mail) and the person it was
	 * raised on behalf of, once each, those with an address.
	 */
	List<Recipient> requesters(Ticket ticket) {
		Map<String, Recipient> found = new LinkedHashMap<>();
		person(ticket.getRequesterId()).ifPresent(r -> found.putIfAbsent(key(r), r));
		if (ticket.getRequesterId() == null && hasText(ticket.getUnknownRequesterEmail())) {
			Recipient unknown = new Recipient(ticket.getUnknownRequesterEmail(), MessagesConfiguration.DEFAULT_LOCALE,
					null);
			found.putIfAbsent(key(unknown), unknown);
		}
		person(ticket.getOnBehalfOfId()).ifPresent(r -> found.putIfAbsent(key(r), r));
		return new ArrayList<>(found.values());
	}

	/**
	 * The team's address: its own in the directory, else its mailbox's, else each member
	 * with an address.
	 */
	List<Recipient> team(Long teamId) {
		Optional<String> address = this.directory.teamEmail(teamId).or(() -> mailboxOf(teamId));
		if (address.isPresent()) {
			return List.of(new Recipient(address.get(), MessagesConfiguration.DEFAULT_LOCALE, null));
		}
		List<PersonRef> members = this.directory.teamMembers(teamId).stream().filter(p -> hasText(p.email())).toList();
		Map<Long, Locale> languages = this.directory.languagesOf(members.stream().map(PersonRef::id).toList());
		return members.stream()
			.map(p -> new Recipient(p.email().strip(),
					languages.getOrDefault(p.id(), MessagesConfiguration.DEFAULT_LOCALE), p.id()))
			.toList();
	}

	/** A person of the directory with an address, in their language. */
	Optional<Recipient> person(Long personId) {
		return this.directory.person(personId)
			.filter(p -> hasText(p.email()))
			.map(p -> new Recipient(p.email().strip(), languageOf(p.id()), p.id()));
	}

	private Locale languageOf(Long personId) {
		return this.directory.languageOf(personId).orElse(MessagesConfiguration.DEFAULT_LOCALE);
	}

	private Optional<String> mailboxOf(Long teamId) {
		return this.jdbc.sql("select address from sd_team_mailbox where team_id = ? and enabled")
			.param(teamId)
			.query(String.class)
			.optional();
	}

	private static String key(Recipient recipient) {
		return recipient.email().toLowerCase(Locale.ROOT);
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/** Whether the recipient is the one who acted (they need no mail about it). */
	static boolean isActor(Recipient recipient, Long actorId, String actorName) {
		return (recipient.personId() != null) ? Objects.equals(recipient.personId(), actorId)
				: actorId == null && recipient.email().equalsIgnoreCase(actorName);
	}

}
