package org.socle.directory.organisation;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishments: everyone sees those in their scope; a group administrator creates them;
 * an administrator of the establishment edits and archives it.
 */
@Service
public class EstablishmentService {

	private final EstablishmentRepository establishments;

	private final CurrentAccess access;

	EstablishmentService(EstablishmentRepository establishments, CurrentAccess access) {
		this.establishments = establishments;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Page<Establishment> list(EstablishmentFilter filter, Pageable pageable) {
		return this.establishments.findAll(
				ScopeFilter.<Establishment>visibleTo(scope(), r -> r.get("id")).and(filter.toSpecification()),
				pageable);
	}

	/**
	 * An establishment in scope, or "not found" (out-of-scope rows do not exist for the
	 * user).
	 */
	@Transactional(readOnly = true)
	public Establishment get(Long id) {
		return this.establishments.findById(id)
			.filter(e -> scope().canSee(e.getId()))
			.orElseThrow(() -> new RecordNotFoundException("Establishment", id));
	}

	public boolean canCreate() {
		return scope().hasGroupRole(Role.ADMINISTRATOR);
	}

	public boolean canEdit(Establishment establishment) {
		return scope().hasRole(Role.ADMINISTRATOR, establishment.getId());
	}

	@Transactional
	public Establishment create(EstablishmentForm form) {
		if (!canCreate()) {
			throw new AccessDeniedException("Only a group administrator creates establishments");
		}
		if (this.establishments.existsByGeographicFiness(form.normalisedGeographicFiness())) {
			throw FieldRuleException.duplicate("geographicFiness", form.normalisedGeographicFiness());
		}
		Establishment establishment = new Establishment(null, null, null, null);
		form.applyTo(establishment);
		return this.establishments.saveAndFlush(establishment);
	}

	@Transactional
	public Establishment update(Long id, EstablishmentForm form) {
		Establishment establishment = editable(id);
		establishment.checkVersion(form.getVersion());
		if (this.establishments.existsByGeographicFinessAndIdNot(form.normalisedGeographicFiness(), id)) {
			throw FieldRuleException.duplicate("geographicFiness", form.normalisedGeographicFiness());
		}
		form.applyTo(establishment);
		return this.establishments.saveAndFlush(establishment);
	}

	@Transactional
	public Establishment archive(Long id, long version, String reason) {
		Establishment establishment = editable(id);
		establishment.checkVersion(version);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		establishment.archive(reason.strip());
		return this.establishments.saveAndFlush(establishment);
	}

	private Establishment editable(Long id) {
		Establishment establishment = get(id);
		if (!canEdit(establishment)) {
			throw new AccessDeniedException("Not an administrator of establishment " + id);
		}
		return establishment;
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
