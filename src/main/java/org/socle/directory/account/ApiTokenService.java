package org.socle.directory.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists, revokes and checks personal API tokens. */
@Service
public class ApiTokenService {

	static final String SECRET_PREFIX = "socle_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final SecurityLog log;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, SecurityLog log, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Creates a token for the account and returns its secret, the only time it is ever
	 * shown.
	 * @param validFor how long the token works, or null for no expiry
	 */
	@Transactional
	public CreatedToken create(Long accountId, String name, Duration validFor) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw FieldRuleException.invalid("name", "Size", 1, 100);
		}
		UserAccount account = this.accounts.findById(accountId)
			.orElseThrow(() -> new RecordNotFoundException("UserAccount", accountId));
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		ApiToken token = this.tokens.save(new ApiToken(account, name.strip(), digest(secret), secret.substring(0, 10),
				now, (validFor != null) ? now.plus(validFor) : null));
		this.log.record(SecurityEvent.Type.TOKEN_CREATED, account.getLogin(), name);
		return new CreatedToken(token, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> listFor(Long accountId) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
	}

	/**
	 * Revokes one of the account's own tokens (again: no change); another account's token
	 * is "not found".
	 */
	@Transactional
	public void revoke(Long accountId, Long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter(t -> t.getAccount().getId().equals(accountId))
			.orElseThrow(() -> new RecordNotFoundException("ApiToken", tokenId));
		if (token.getRevokedAt() == null) {
			token.revoke(this.clock.instant());
			this.log.record(SecurityEvent.Type.TOKEN_REVOKED, token.getAccount().getLogin(), token.getName());
		}
	}

	/**
	 * The account a presented secret signs in as, if the token exists, is live and the
	 * account usable.
	 */
	@Transactional
	public Optional<UserAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByDigest(digest(secret))
			.filter(t -> t.isUsableAt(now))
			.filter(t -> t.getAccount().isEnabled() && !t.getAccount().isLockedAt(now))
			.map(t -> {
				t.markUsed(now);
				return t.getAccount();
			});
	}

	static String digest(String secret) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new token and its secret, to show once. */
	public record CreatedToken(ApiToken token, String secret) {
	}

}
