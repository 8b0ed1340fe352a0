package org.socle.directory.account;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of my own account: my personal tokens and my password. */
@RestController
@RequestMapping("/api/v1/me")
class MyAccountApi {

	private final MyAccountService me;

	MyAccountApi(MyAccountService me) {
		this.me = me;
	}

	@GetMapping("/tokens")
	List<TokenView> tokens() {
		return this.me.tokens().stream().map(TokenView::of).toList();
	}

	/** Creates a token; the answer carries its secret, the only time it is ever shown. */
	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	CreatedTokenView create(@Valid @RequestBody TokenForm form) {
		ApiTokenService.CreatedToken created = this.me.createToken(form);
		return new CreatedTokenView(TokenView.of(created.token()), created.secret());
	}

	@DeleteMapping("/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable Long tokenId) {
		this.me.revokeToken(tokenId);
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChangeForm form) {
		this.me.changePassword(form);
	}

	/** A token as the API lists it: never its secret nor its digest. */
	record TokenView(Long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		static TokenView of(ApiToken t) {
			return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
					t.getLastUsedAt(), t.getRevokedAt());
		}
	}

	/** A token just created, with the secret to copy now. */
	record CreatedTokenView(TokenView token, String secret) {
	}

}
