package org.socle.directory.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the security log: a sign-in, a failure, a lock, a role or token change. */
@Entity
@Table(name = "dir_security_event")
public class SecurityEvent {

	/** What happened. */
	public enum Type {

		SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, SIGN_OUT, ROLE_GRANTED, ROLE_REVOKED, TOKEN_CREATED, TOKEN_REVOKED,
		PASSWORD_CHANGED, ACCOUNT_UNLOCKED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private Type type;

	private String login;

	private String actor;

	private String remoteAddress;

	private String details;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, Type type, String login, String actor, String remoteAddress, String details) {
		this.occurredAt = occurredAt;
		this.type = type;
		this.login = login;
		this.actor = actor;
		this.remoteAddress = remoteAddress;
		this.details = details;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Type getType() {
		return this.type;
	}

	public String getLogin() {
		return this.login;
	}

	public String getActor() {
		return this.actor;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

	public String getDetails() {
		return this.details;
	}

}
