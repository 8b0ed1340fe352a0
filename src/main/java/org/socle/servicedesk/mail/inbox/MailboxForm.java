package org.socle.servicedesk.mail.inbox;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A team mailbox's settings. The password is never sent back to the page: left blank, the
 * stored one is kept.
 */
class MailboxForm {

	@NotBlank
	@Email
	@Size(max = 320)
	private String address;

	@NotBlank
	@Size(max = 255)
	private String imapHost;

	@NotNull
	@Min(1)
	@Max(65535)
	private Integer imapPort = 993;

	private boolean ssl = true;

	@NotBlank
	@Size(max = 255)
	private String username;

	@Size(max = 1000)
	private String password;

	@Size(max = 255)
	private String folder = "INBOX";

	private boolean enabled = true;

	private Long version;

	static MailboxForm of(TeamMailbox mailbox) {
		MailboxForm form = new MailboxForm();
		form.address = mailbox.getAddress();
		form.imapHost = mailbox.getImapHost();
		form.imapPort = mailbox.getImapPort();
		form.ssl = mailbox.isSsl();
		form.username = mailbox.getUsername();
		form.folder = mailbox.getFolder();
		form.enabled = mailbox.isEnabled();
		form.version = mailbox.getVersion();
		return form;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getImapHost() {
		return this.imapHost;
	}

	public void setImapHost(String imapHost) {
		this.imapHost = imapHost;
	}

	public Integer getImapPort() {
		return this.imapPort;
	}

	public void setImapPort(Integer imapPort) {
		this.imapPort = imapPort;
	}

	public boolean isSsl() {
		return this.ssl;
	}

	public void setSsl(boolean ssl) {
		this.ssl = ssl;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getFolder() {
		return this.folder;
	}

	public void setFolder(String folder) {
		this.folder = folder;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
