package org.socle.directory.organisation;

import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites: everyone sees the sites of the establishments in their scope; an administrator
 * of an establishment creates, edits and archives its sites.
 */
@Service
public class SiteService {

	private final SiteRepository sites;

	private final EstablishmentRepository establishments;

	private final CurrentAccess access;

	SiteService(SiteRepository sites, EstablishmentRepository establishments, CurrentAccess access) {
		this.sites = sites;
		this.establishments = establishments;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Page<Site> list(SiteFilter filter, Pageable pageable) {
		return this.sites.findAll(ScopeFilter.<Site>visibleTo(scope(), r -> r.get("establishment").get("id"))
			.and(filter.toSpecification()), pageable);
	}

	/** A site in scope, or "not found" (out-of-scope rows do not exist for the user). */
	@Transactional(readOnly = true)
	public Site get(Long id) {
		return this.sites.findById(id)
			.filter(s -> scope().canSee(s.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Site", id));
	}

	/** The establishments the user sees, to filter the list by. */
	@Transactional(readOnly = true)
	public List<Establishment> visibleEstablishments() {
		return this.establishments.findAll(ScopeFilter.<Establishment>visibleTo(scope(), r -> r.get("id"))
			.and((root, query, cb) -> cb.isFalse(root.get("archived"))), Sort.by("name"));
	}

	/** The establishments where the user may create sites. */
	@Transactional(readOnly = true)
	public List<Establishment> administeredEstablishments() {
		AccessScope scope = scope();
		return visibleEstablishments().stream().filter(e -> scope.hasRole(Role.ADMINISTRATOR, e.getId())).toList();
	}

	public boolean canCreate() {
		AccessScope scope = scope();
		return scope.hasGroupRole(Role.ADMINISTRATOR) || !scope.establishmentsWithRole(Role.ADMINISTRATOR).isEmpty();
	}

	public boolean canEdit(Site site) {
		return scope().hasRole(Role.ADMINISTRATOR, site.getEstablishment().getId());
	}

	@Transactional
	public Site create(SiteForm form) {
		Establishment establishment = administeredEstablishment(form.getEstablishmentId());
		Site site = new Site(establishment, null);
		form.applyTo(site, establishment);
		return this.sites.saveAndFlush(site);
	}

	@Transactional
	public Site update(Long id, SiteForm form) {
		Site site = editable(id);
		site.checkVersion(form.getVersion());
		Establishment establishment = site.getEstablishment().getId().equals(form.getEstablishmentId())
				? site.getEstablishment() : administeredEstablishment(form.getEstablishmentId());
		form.applyTo(site, establishment);
		return this.sites.saveAndFlush(site);
	}

	@Transactional
	public Site archive(Long id, long version, String reason) {
		Site site = editable(id);
		site.checkVersion(version);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		site.archive(reason.strip());
		return this.sites.saveAndFlush(site);
	}

	/** A site the user may change (its locations included), or 404 / 403. */
	@Transactional(readOnly = true)
	public Site editable(Long id) {
		Site site = get(id);
		if (!canEdit(site)) {
			throw new AccessDeniedException("Not an administrator of the establishment of site " + id);
		}
		return site;
	}

	/**
	 * The establishment a site is put in: it must exist in the user's scope (else it is a
	 * bad value, not a hint that it exists), be active, and be administered by the user.
	 */
	private Establishment administeredEstablishment(Long establishmentId) {
		AccessScope scope = scope();
		Establishment establishment = this.establishments.findById(establishmentId)
			.filter(e -> scope.canSee(e.getId()))
			.orElseThrow(() -> FieldRuleException.invalid("establishmentId", "SiteEstablishmentUnknown"));
		if (!scope.hasRole(Role.ADMINISTRATOR, establishment.getId())) {
			throw new AccessDeniedException("Not an administrator of establishment " + establishmentId);
		}
		if (establishment.isArchived()) {
			throw FieldRuleException.invalid("establishmentId", "SiteEstablishmentArchived");
		}
		return establishment;
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
