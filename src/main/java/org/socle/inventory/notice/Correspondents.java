package org.socle.inventory.notice;

import java.util.List;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.Role;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matériovigilance correspondent (CLMV) of each establishment: read by whoever sees
 * the establishment, named by its administrators (group administrators everywhere).
 */
@Service
public class Correspondents {

	private final VigilanceCorrespondentRepository correspondents;

	private final CurrentAccess access;

	private final DirectoryApi directory;

	Correspondents(VigilanceCorrespondentRepository correspondents, CurrentAccess access, DirectoryApi directory) {
		this.correspondents = correspondents;
		this.access = access;
		this.directory = directory;
	}

	/** The establishments in sight, each with its correspondent (if named). */
	@Transactional(readOnly = true)
	public List<CorrespondentRow> list() {
		var scope = this.access.scope();
		return this.directory.establishments().stream().filter(e -> scope.canSee(e.id())).map(this::row).toList();
	}

	@Transactional(readOnly = true)
	public CorrespondentRow of(Long establishmentId) {
		return row(visible(establishmentId));
	}

	/** Names the correspondent and deputy of the establishment (no one: none). */
	@Transactional
	public CorrespondentRow name(Long establishmentId, Long personId, Long deputyPersonId, Long version) {
		EstablishmentRef establishment = visible(establishmentId);
		if (!this.access.scope().hasRole(Role.ADMINISTRATOR, establishmentId)) {
			throw new AccessDeniedException("Does not administer establishment " + establishmentId);
		}
		checkPerson("personId", personId);
		checkPerson("deputyPersonId", deputyPersonId);
		VigilanceCorrespondent row = this.correspondents.findByEstablishmentId(establishmentId)
			.orElseGet(() -> new VigilanceCorrespondent(establishmentId));
		if (row.getId() != null && version != null) {
			row.checkVersion(version);
		}
		row.name(personId, deputyPersonId);
		this.correspondents.saveAndFlush(row);
		return row(establishment);
	}

	private void checkPerson(String field, Long personId) {
		if (personId == null) {
			if ("personId".equals(field)) {
				throw FieldRuleException.invalid(field, "NoticeRequired");
			}
			return;
		}
		if (this.directory.person(personId).isEmpty()) {
			throw FieldRuleException.invalid(field, "NoticeUnknownPerson", personId);
		}
	}

	private EstablishmentRef visible(Long establishmentId) {
		return this.directory.establishments()
			.stream()
			.filter(e -> e.id().equals(establishmentId) && this.access.scope().canSee(e.id()))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Establishment", establishmentId));
	}

	private CorrespondentRow row(EstablishmentRef establishment) {
		var row = this.correspondents.findByEstablishmentId(establishment.id());
		Long person = row.map(VigilanceCorrespondent::getPersonId).orElse(null);
		Long deputy = row.map(VigilanceCorrespondent::getDeputyPersonId).orElse(null);
		return new CorrespondentRow(establishment.id(), establishment.name(), person, name(person), deputy,
				name(deputy), row.map(VigilanceCorrespondent::getVersion).orElse(0L),
				this.access.scope().hasRole(Role.ADMINISTRATOR, establishment.id()));
	}

	private String name(Long personId) {
		return (personId == null) ? null
				: this.directory.person(personId).map(DirectoryApi.PersonRef::label).orElse(null);
	}

	/** An establishment's correspondent, as pages and the API show it. */
	public record CorrespondentRow(Long establishmentId, String establishmentName, Long personId, String personName,
			Long deputyPersonId, String deputyName, long version, boolean editable) {
	}

}
