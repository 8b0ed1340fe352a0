package org.socle.directory.people;

import java.util.Objects;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentLookup;
import org.socle.directory.organisation.UniqueConstraints;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory: everyone sees the people of the establishments in their scope; an
 * administrator of the establishment creates, edits, moves and archives them.
 */
@Service
public class PersonService {

	static final String EMAIL_CONSTRAINT = "uk_person_email";

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final EstablishmentLookup establishments;

	private final CurrentAccess access;

	PersonService(PersonRepository people, DepartmentRepository departments, EstablishmentLookup establishments,
			CurrentAccess access) {
		this.people = people;
		this.departments = departments;
		this.establishments = establishments;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Page<Person> list(PersonFilter filter, Pageable pageable) {
		return this.people.findAll(ScopeFilter.<Person>visibleTo(scope(), r -> r.get("establishment").get("id"))
			.and(filter.toSpecification()), pageable);
	}

	/**
	 * A person in scope, or "not found" (out-of-scope rows do not exist for the user).
	 */
	@Transactional(readOnly = true)
	public Person get(Long id) {
		return this.people.findById(id)
			.filter(p -> scope().canSee(p.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Person", id));
	}

	public boolean canCreate() {
		return this.establishments.administersAny();
	}

	public boolean canEdit(Person person) {
		return scope().hasRole(Role.ADMINISTRATOR, person.getEstablishment().getId());
	}

	@Transactional
	public Person create(PersonForm form) {
		Establishment establishment = this.establishments.requireAdministered(form.getEstablishmentId(),
				"establishmentId");
		Department department = departmentOf(form, establishment, null);
		String email = form.normalisedEmail();
		if (email != null && this.people.existsByEmail(email)) {
			throw FieldRuleException.duplicate("email", email);
		}
		Person person = new Person(null, null, establishment);
		form.applyTo(person, department);
		return save(person);
	}

	@Transactional
	public Person update(Long id, PersonForm form) {
		Person person = editable(id);
		person.checkVersion(form.getVersion());
		Establishment establishment = person.getEstablishment();
		if (!establishment.getId().equals(form.getEstablishmentId())) {
			establishment = this.establishments.requireAdministered(form.getEstablishmentId(), "establishmentId");
		}
		Department department = departmentOf(form, establishment, person.getDepartment());
		String email = form.normalisedEmail();
		if (email != null && this.people.existsByEmailForOther(email, id)) {
			throw FieldRuleException.duplicate("email", email);
		}
		person.setEstablishment(establishment);
		form.applyTo(person, department);
		return save(person);
	}

	@Transactional
	public Person archive(Long id, long version, String reason) {
		Person person = editable(id);
		person.checkVersion(version);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		person.archive(reason.strip());
		return this.people.saveAndFlush(person);
	}

	/**
	 * The department a form names: one of the person's establishment; an archived one
	 * only if the person is already in it.
	 */
	private Department departmentOf(PersonForm form, Establishment establishment, Department current) {
		if (form.getDepartmentId() == null) {
			return null;
		}
		Department department = this.departments.findById(form.getDepartmentId())
			.filter(d -> d.getEstablishment().getId().equals(establishment.getId()))
			.orElseThrow(() -> FieldRuleException.invalid("departmentId", "PersonDepartmentEstablishment"));
		boolean unchanged = current != null && Objects.equals(current.getId(), department.getId());
		if (department.isArchived() && !unchanged) {
			throw FieldRuleException.invalid("departmentId", "PersonDepartmentArchived");
		}
		return department;
	}

	private Person save(Person person) {
		try {
			return this.people.saveAndFlush(person);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueConstraints.violated(ex, EMAIL_CONSTRAINT)) {
				throw FieldRuleException.duplicate("email", person.getEmail());
			}
			throw ex;
		}
	}

	private Person editable(Long id) {
		Person person = get(id);
		if (!canEdit(person)) {
			throw new AccessDeniedException("Not an administrator of person " + id + "'s establishment");
		}
		return person;
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
