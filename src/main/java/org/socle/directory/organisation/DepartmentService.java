package org.socle.directory.organisation;

import java.util.Objects;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments (poles, services, functional units): everyone sees those of the
 * establishments in their scope; an administrator of the establishment creates, edits and
 * archives them. The tree is strict: a root is a pole, a child is one level below its
 * parent, in the same establishment.
 */
@Service
public class DepartmentService {

	static final String CODE_CONSTRAINT = "uk_department_code";

	private final DepartmentRepository departments;

	private final EstablishmentLookup establishments;

	private final CurrentAccess access;

	private final JdbcClient jdbc;

	DepartmentService(DepartmentRepository departments, EstablishmentLookup establishments, CurrentAccess access,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.establishments = establishments;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Page<Department> list(DepartmentFilter filter, Pageable pageable) {
		return this.departments
			.findAll(ScopeFilter.<Department>visibleTo(scope(), r -> r.get("establishment").get("id"))
				.and(filter.toSpecification()), pageable);
	}

	/**
	 * A department in scope, or "not found" (out-of-scope rows do not exist for the
	 * user).
	 */
	@Transactional(readOnly = true)
	public Department get(Long id) {
		return this.departments.findById(id)
			.filter(d -> scope().canSee(d.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Department", id));
	}

	public boolean canCreate() {
		return this.establishments.administersAny();
	}

	public boolean canEdit(Department department) {
		return scope().hasRole(Role.ADMINISTRATOR, department.getEstablishment().getId());
	}

	@Transactional
	public Department create(DepartmentForm form) {
		Establishment establishment = this.establishments.requireAdministered(form.getEstablishmentId(),
				"establishmentId");
		Department parent = parentOf(form);
		checkPlacement(establishment, parent, form.getLevel(), true);
		if (this.departments.existsByEstablishmentIdAndCodeIgnoreCase(establishment.getId(), form.normalisedCode())) {
			throw FieldRuleException.duplicate("code", form.normalisedCode());
		}
		checkHead(form);
		Department department = new Department(establishment, null, null, null, null);
		form.applyTo(department, parent);
		return save(department);
	}

	@Transactional
	public Department update(Long id, DepartmentForm form) {
		Department department = editable(id);
		department.checkVersion(form.getVersion());
		Establishment establishment = department.getEstablishment();
		if (!establishment.getId().equals(form.getEstablishmentId())) {
			throw FieldRuleException.invalid("establishmentId", "DepartmentEstablishmentFixed");
		}
		Department parent = parentOf(form);
		Long currentParentId = (department.getParent() != null) ? department.getParent().getId() : null;
		checkPlacement(establishment, parent, form.getLevel(), !Objects.equals(form.getParentId(), currentParentId));
		if (form.getLevel() != department.getLevel() && this.departments.existsByParentId(id)) {
			throw FieldRuleException.invalid("level", "DepartmentLevelFixedByChildren");
		}
		if (this.departments.existsByEstablishmentIdAndCodeIgnoreCaseAndIdNot(establishment.getId(),
				form.normalisedCode(), id)) {
			throw FieldRuleException.duplicate("code", form.normalisedCode());
		}
		checkHead(form);
		form.applyTo(department, parent);
		return save(department);
	}

	/** A department's head is a person of the directory who is not archived. */
	private void checkHead(DepartmentForm form) {
		if (form.getHeadId() != null && !this.jdbc.sql("select count(*) from dir_person where id = ? and not archived")
			.param(form.getHeadId())
			.query(Long.class)
			.single()
			.equals(1L)) {
			throw FieldRuleException.invalid("headId", "UnknownPerson", form.getHeadId());
		}
	}

	@Transactional
	public Department archive(Long id, long version, String reason) {
		Department department = editable(id);
		department.checkVersion(version);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		if (this.departments.existsByParentIdAndArchivedFalse(id)) {
			throw FieldRuleException.invalid("children", "DepartmentHasActiveChildren");
		}
		department.archive(reason.strip());
		return this.departments.saveAndFlush(department);
	}

	private Department parentOf(DepartmentForm form) {
		if (form.getParentId() == null) {
			return null;
		}
		return this.departments.findById(form.getParentId())
			.filter(d -> scope().canSee(d.getEstablishment().getId()))
			.orElseThrow(() -> FieldRuleException.invalid("parentId", "DepartmentParentUnknown"));
	}

	/**
	 * The tree rules: a root is a pole; a child has its parent's child level and the same
	 * establishment; a new or moved department does not go under an archived one.
	 */
	private static void checkPlacement(Establishment establishment, Department parent, DepartmentLevel level,
			boolean parentChanged) {
		if (parent == null) {
			if (level != DepartmentLevel.POLE) {
				throw FieldRuleException.invalid("level", "DepartmentRootMustBePole");
			}
			return;
		}
		if (!Objects.equals(parent.getEstablishment().getId(), establishment.getId())) {
			throw FieldRuleException.invalid("parentId", "DepartmentParentEstablishment");
		}
		if (parent.getLevel().childLevel() == null) {
			throw FieldRuleException.invalid("parentId", "DepartmentParentIsLeaf");
		}
		if (level != parent.getLevel().childLevel()) {
			throw FieldRuleException.invalid("level", "DepartmentChildLevel");
		}
		if (parentChanged && parent.isArchived()) {
			throw FieldRuleException.invalid("parentId", "DepartmentParentArchived");
		}
	}

	private Department save(Department department) {
		try {
			return this.departments.saveAndFlush(department);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueConstraints.violated(ex, CODE_CONSTRAINT)) {
				throw FieldRuleException.duplicate("code", department.getCode());
			}
			throw ex;
		}
	}

	private Department editable(Long id) {
		Department department = get(id);
		if (!canEdit(department)) {
			throw new AccessDeniedException("Not an administrator of department " + id + "'s establishment");
		}
		return department;
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
