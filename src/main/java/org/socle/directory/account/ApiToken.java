package org.socle.directory.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A personal API token. Only a SHA-256 digest of its secret is kept: the secret is long
 * and random, so a fast digest is safe and checking a token costs microseconds, not a
 * password hash.
 */
@Entity
@Table(name = "dir_api_token")
public class ApiToken {

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private UserAccount account;

	private String name;

	private String tokenDigest;

	private String tokenPrefix;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UserAccount account, String name, String tokenDigest, String tokenPrefix, Instant createdAt,
			Instant expiresAt) {
		this.account = account;
		this.name = name;
		this.tokenDigest = tokenDigest;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isUsableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	void revoke(Instant now) {
		this.revokedAt = now;
	}

	/**
	 * Records a use. To a minute is precise enough for "last used", and it spares a write
	 * on every request of a busy client.
	 */
	void markUsed(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
			this.lastUsedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public UserAccount getAccount() {
		return this.account;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
