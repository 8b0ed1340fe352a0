package org.socle.directory.organisation;

import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.shared.web.FieldRuleException;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The establishments a form may name: those the account sees (for filters) or administers
 * (for rows it creates or moves), and the check that a submitted one is allowed.
 */
@Component
public class EstablishmentLookup {

	private final EstablishmentRepository establishments;

	private final CurrentAccess access;

	EstablishmentLookup(EstablishmentRepository establishments, CurrentAccess access) {
		this.establishments = establishments;
		this.access = access;
	}

	/** The non-archived establishments in scope, by name (filter choices). */
	@Transactional(readOnly = true)
	public List<Establishment> visible() {
		return this.establishments.findAll(ScopeFilter.<Establishment>visibleTo(this.access.scope(), r -> r.get("id"))
			.and((root, query, cb) -> cb.isFalse(root.get("archived"))), Sort.by("name"));
	}

	/**
	 * The non-archived establishments where the account is an administrator (form
	 * choices).
	 */
	@Transactional(readOnly = true)
	public List<Establishment> administered() {
		AccessScope scope = this.access.scope();
		return visible().stream().filter(e -> scope.hasRole(Role.ADMINISTRATOR, e.getId())).toList();
	}

	/** Whether the account administers at least one establishment. */
	public boolean administersAny() {
		return this.access.scope().hasRoleAnywhere(Role.ADMINISTRATOR);
	}

	/**
	 * The establishment a form names, when the account may create rows in it.
	 * @param field the form field, named in the error
	 * @throws FieldRuleException (400) when it is unknown, out of scope or archived
	 * @throws AccessDeniedException (403) when the account is not its administrator
	 */
	@Transactional(readOnly = true)
	public Establishment requireAdministered(Long id, String field) {
		AccessScope scope = this.access.scope();
		Establishment establishment = this.establishments.findById(id)
			.filter(e -> scope.canSee(e.getId()))
			.orElseThrow(() -> FieldRuleException.invalid(field, "DirectoryEstablishmentUnknown"));
		if (!scope.hasRole(Role.ADMINISTRATOR, id)) {
			throw new AccessDeniedException("Not an administrator of establishment " + id);
		}
		if (establishment.isArchived()) {
			throw FieldRuleException.invalid(field, "DirectoryEstablishmentArchived");
		}
		return establishment;
	}

}
