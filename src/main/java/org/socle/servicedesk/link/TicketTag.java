package org.socle.servicedesk.link;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A free label on a ticket, kept in its normal form ({@link #matchingForm}). Public so
 * that the queue filter of the ticket feature can ask "tickets with this tag".
 */
@Entity
@Table(name = "sd_ticket_tag")
public class TicketTag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private String tag;

	private Instant createdAt;

	private String createdBy;

	protected TicketTag() {
	}

	/**
	 * The form in which tags are stored and compared: trimmed, composed accents (NFC),
	 * lower case; so "Réseau", " réseau" and "RÉSEAU" are one tag.
	 */
	public static String matchingForm(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public String getTag() {
		return this.tag;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
