package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's services: read by whoever sees the owner team, kept by its leads and
 * its establishment's administrators; and the live ones offered to the signed-in person
 * on the portal.
 */
@Service
public class ServiceCatalog {

	private final ServiceOfferingRepository services;

	private final ServiceAccess access;

	private final CurrentAccess current;

	private final DirectoryApi directory;

	ServiceCatalog(ServiceOfferingRepository services, ServiceAccess access, CurrentAccess current,
			DirectoryApi directory) {
		this.services = services;
		this.access = access;
		this.current = current;
		this.directory = directory;
	}

	/**
	 * The services the account reads, narrowed by status and words (name, description).
	 */
	@Transactional(readOnly = true)
	public List<ServiceOffering> list(ServiceStatus status, String words) {
		return this.services.findAllByOrderByNameFrAscIdAsc()
			.stream()
			.filter(s -> status == null || s.getStatus() == status)
			.filter(s -> matches(s, words))
			.filter(s -> this.access.reads(s.getOwnerTeamId()))
			.toList();
	}

	/** A service the account reads, or "not found". */
	@Transactional(readOnly = true)
	public ServiceOffering get(Long id) {
		return this.services.findById(id)
			.filter(s -> this.access.reads(s.getOwnerTeamId()))
			.orElseThrow(() -> new RecordNotFoundException("Service", id));
	}

	/** Whether the account keeps this service (changes it, its items). */
	public boolean keeps(ServiceOffering service) {
		return this.access.keeps(service.getOwnerTeamId());
	}

	/** The teams whose services the account keeps, by name. */
	@Transactional(readOnly = true)
	public List<TeamRef> keptTeams() {
		return this.directory.teams().stream().filter(t -> this.access.keeps(t.id())).toList();
	}

	@Transactional
	public ServiceOffering create(ServiceForm form) {
		this.access.kept(form.getOwnerTeamId());
		check(form, null);
		return this.services.saveAndFlush(new ServiceOffering(form));
	}

	@Transactional
	public ServiceOffering update(Long id, ServiceForm form) {
		ServiceOffering service = kept(id);
		service.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		if (!Objects.equals(service.getOwnerTeamId(), form.getOwnerTeamId())) {
			this.access.kept(form.getOwnerTeamId());
		}
		check(form, id);
		service.update(form);
		return this.services.saveAndFlush(service);
	}

	/** The service is no longer offered; it stays in the catalogue, with the reason. */
	@Transactional
	public ServiceOffering retire(Long id, Long version, String reason) {
		ServiceOffering service = kept(id);
		service.checkVersion((version != null) ? version : -1);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		if (reason.length() > 500) {
			throw FieldRuleException.invalid("reason", "ServiceRetireReasonLength", 500);
		}
		service.retire(reason.strip());
		return this.services.saveAndFlush(service);
	}

	/**
	 * Checks that the account keeps the team's services: 404 out of sight, 403 otherwise.
	 */
	void checkKeeps(Long teamId) {
		this.access.kept(teamId);
	}

	/** A service the account keeps: 404 out of sight, 403 otherwise. */
	ServiceOffering kept(Long id) {
		ServiceOffering service = get(id);
		this.access.kept(service.getOwnerTeamId());
		return service;
	}

	/**
	 * The live services offered to the signed-in person's establishment, narrowed by
	 * words; none to an account without any role.
	 */
	@Transactional(readOnly = true)
	public List<ServiceOffering> offered(String words) {
		Long establishmentId = myEstablishment();
		if (establishmentId == null) {
			return List.of();
		}
		Set<Long> myDepartments = this.directory.departmentsOf(this.current.scope().personId());
		return this.services.liveFor(establishmentId)
			.stream()
			.filter(s -> servesDepartments(s, myDepartments))
			.filter(s -> matches(s, words))
			.toList();
	}

	/** A live service offered to the signed-in person, or "not found". */
	@Transactional(readOnly = true)
	public ServiceOffering offered(Long id) {
		Long establishmentId = myEstablishment();
		return this.services.findById(id)
			.filter(s -> establishmentId != null && s.isOfferedTo(establishmentId))
			.filter(s -> servesDepartments(s, this.directory.departmentsOf(this.current.scope().personId())))
			.orElseThrow(() -> new RecordNotFoundException("Service", id));
	}

	/**
	 * Whether a service limited to some departments serves one of the person's (their own
	 * or one above it); a service with no department list serves the whole establishment.
	 */
	private static boolean servesDepartments(ServiceOffering service, Set<Long> myDepartments) {
		return service.getDepartmentIds().isEmpty()
				|| service.getDepartmentIds().stream().anyMatch(myDepartments::contains);
	}

	private Long myEstablishment() {
		var scope = this.current.scope();
		if (scope.grants().isEmpty()) {
			return null;
		}
		return this.directory.person(scope.personId()).map(DirectoryApi.PersonRef::establishmentId).orElse(null);
	}

	/** The services by id (whatever their status), for names. */
	@Transactional(readOnly = true)
	public List<ServiceOffering> byIds(Set<Long> ids) {
		return ids.isEmpty() ? List.of() : this.services.findAllById(ids);
	}

	private void check(ServiceForm form, Long id) {
		Set<Long> establishments = this.directory.establishments()
			.stream()
			.map(EstablishmentRef::id)
			.collect(Collectors.toSet());
		for (Long customer : form.getCustomerIds()) {
			if (!establishments.contains(customer)) {
				throw FieldRuleException.invalid("customerIds", "UnknownEstablishment", customer);
			}
		}
		if (form.getStatus() == ServiceStatus.LIVE && form.getCustomerIds().isEmpty()) {
			throw FieldRuleException.invalid("customerIds", "ServiceLiveWithoutCustomer");
		}
		for (Long departmentId : form.getDepartmentIds()) {
			if (this.directory.department(departmentId)
				.filter(d -> form.getCustomerIds().contains(d.establishmentId()))
				.isEmpty()) {
				throw FieldRuleException.invalid("departmentIds", "ServiceDepartmentNotCustomer", departmentId);
			}
		}
		for (Long supporting : form.getSupportingIds()) {
			if (supporting.equals(id)) {
				throw FieldRuleException.invalid("supportingIds", "ServiceSupportsItself");
			}
			if (!this.services.existsById(supporting)) {
				throw FieldRuleException.invalid("supportingIds", "UnknownService", supporting);
			}
		}
	}

	private static boolean matches(ServiceOffering s, String words) {
		if (words == null || words.isBlank()) {
			return true;
		}
		String w = words.strip().toLowerCase(Locale.ROOT);
		return contains(s.getNameFr(), w) || contains(s.getNameEn(), w) || contains(s.getDescription(), w);
	}

	private static boolean contains(String text, String lowerWords) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(lowerWords);
	}

}
