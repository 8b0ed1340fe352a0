package org.socle.directory.account;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of an account's role grants. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/grants")
class AccountGrantApi {

	private final RoleGrantService grants;

	AccountGrantApi(RoleGrantService grants) {
		this.grants = grants;
	}

	@GetMapping
	List<GrantView> list(@PathVariable Long accountId) {
		return this.grants.list(accountId).stream().map(GrantView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	GrantView grant(@PathVariable Long accountId, @Valid @RequestBody GrantForm form) {
		return GrantView.of(this.grants.grant(accountId, form));
	}

	@DeleteMapping("/{grantId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable Long accountId, @PathVariable Long grantId) {
		this.grants.revoke(accountId, grantId);
	}

	/** A role grant as the API shows it. */
	record GrantView(Long id, Role role, ScopeKind scopeKind, Long establishmentId, String establishmentName,
			Long teamId, String teamName, String label, Instant createdAt, String createdBy) {

		static GrantView of(RoleGrant g) {
			return new GrantView(g.getId(), g.getRole(), g.getScopeKind(),
					(g.getEstablishment() != null) ? g.getEstablishment().getId() : null,
					(g.getEstablishment() != null) ? g.getEstablishment().getName() : null,
					(g.getTeam() != null) ? g.getTeam().getId() : null,
					(g.getTeam() != null) ? g.getTeam().getName() : null, g.label(), g.getCreatedAt(),
					g.getCreatedBy());
		}
	}

}
