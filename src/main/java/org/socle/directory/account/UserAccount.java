package org.socle.directory.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.socle.directory.people.Person;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/** The sign-in account of a person. The password is kept only as an adaptive hash. */
@Entity
@Table(name = "dir_user_account")
@Audited
public class UserAccount extends AuditedEntity implements HasLabel {

	/** Failed sign-ins in a row after which the account locks. */
	public static final int MAX_FAILED_ATTEMPTS = 5;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String login;

	@NotAudited
	private String passwordHash;

	private String locale = "fr";

	private boolean enabled = true;

	@NotAudited
	private int failedAttempts;

	@NotAudited
	private Instant lockedUntil;

	@NotAudited
	private Instant lastSignInAt;

	protected UserAccount() {
	}

	public UserAccount(Person person, String login, String passwordHash) {
		this.person = person;
		this.login = login;
		this.passwordHash = passwordHash;
	}

	@Override
	public String label() {
		return this.login;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getLogin() {
		return this.login;
	}

	public void setLogin(String login) {
		this.login = login;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

}
