package org.socle.servicedesk.mail.inbox;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.secret.SealedString;

/**
 * A team's IMAP mailbox, polled for new tickets and replies. The password is stored
 * sealed under the secrets key (see {@link SealedString}) and never shown back.
 */
@Entity
@Table(name = "sd_team_mailbox")
class TeamMailbox extends AuditedEntity {

	private Long teamId;

	private String address;

	private String imapHost;

	private int imapPort;

	private boolean ssl;

	private String username;

	@Convert(converter = SealedString.class)
	private String password;

	private String folder;

	private boolean enabled;

	private Instant lastPolledAt;

	private String lastError;

	protected TeamMailbox() {
	}

	TeamMailbox(Long teamId) {
		this.teamId = teamId;
	}

	/** Takes the form's settings; a blank password keeps the one stored. */
	void update(MailboxForm form) {
		this.address = form.getAddress().strip();
		this.imapHost = form.getImapHost().strip();
		this.imapPort = form.getImapPort();
		this.ssl = form.isSsl();
		this.username = form.getUsername().strip();
		if (form.getPassword() != null && !form.getPassword().isEmpty()) {
			this.password = form.getPassword();
		}
		this.folder = (form.getFolder() == null || form.getFolder().isBlank()) ? "INBOX" : form.getFolder().strip();
		this.enabled = form.isEnabled();
	}

	Long getTeamId() {
		return this.teamId;
	}

	String getAddress() {
		return this.address;
	}

	String getImapHost() {
		return this.imapHost;
	}

	int getImapPort() {
		return this.imapPort;
	}

	boolean isSsl() {
		return this.ssl;
	}

	String getUsername() {
		return this.username;
	}

	String getPassword() {
		return this.password;
	}

	boolean hasPassword() {
		return this.password != null && !this.password.isEmpty();
	}

	String getFolder() {
		return this.folder;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getLastPolledAt() {
		return this.lastPolledAt;
	}

	String getLastError() {
		return this.lastError;
	}

}
