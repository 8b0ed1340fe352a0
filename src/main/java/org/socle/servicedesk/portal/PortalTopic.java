package org.socle.servicedesk.portal;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.servicedesk.ticket.TicketType;
import org.socle.shared.audit.Archivable;

/**
 * A choice on the staff portal, in plain words ("A medical device is broken"), that
 * routes the ticket to a team, a type and optionally a category.
 */
@Entity
@Table(name = "sd_portal_topic")
public class PortalTopic extends Archivable {

	private Long establishmentId;

	private Long teamId;

	@Enumerated(EnumType.STRING)
	private TicketType type;

	private Long categoryId;

	private String labelFr;

	private String labelEn;

	private String hintFr;

	private String hintEn;

	private String icon;

	private int position;

	protected PortalTopic() {
	}

	public PortalTopic(PortalTopicForm form) {
		update(form);
	}

	public void update(PortalTopicForm form) {
		this.establishmentId = form.getEstablishmentId();
		this.teamId = form.getTeamId();
		this.type = form.getType();
		this.categoryId = form.getCategoryId();
		this.labelFr = form.getLabelFr().strip();
		this.labelEn = form.getLabelEn().strip();
		this.hintFr = form.getHintFr();
		this.hintEn = form.getHintEn();
		this.icon = form.getIcon();
		this.position = (form.getPosition() != null) ? form.getPosition() : 100;
	}

	/** The label in the reader's language (French unless English). */
	public String label(Locale locale) {
		return english(locale) ? this.labelEn : this.labelFr;
	}

	public String hint(Locale locale) {
		return english(locale) ? this.hintEn : this.hintFr;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public TicketType getType() {
		return this.type;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public String getHintFr() {
		return this.hintFr;
	}

	public String getHintEn() {
		return this.hintEn;
	}

	public String getIcon() {
		return this.icon;
	}

	public int getPosition() {
		return this.position;
	}

}
