package org.socle.directory.imports;

import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.Establishment;

/**
 * Rows the import tests need beyond {@link org.socle.testing.Fixtures}: departments and a
 * second grant for an account.
 */
final class ImportTestData {

	private final DepartmentRepository departments;

	private final RoleGrantRepository grants;

	ImportTestData(DepartmentRepository departments, RoleGrantRepository grants) {
		this.departments = departments;
		this.grants = grants;
	}

	Department department(Establishment establishment, Department parent, DepartmentLevel level, String code) {
		return this.departments.saveAndFlush(new Department(establishment, parent, level, code, "Structure " + code));
	}

	void grant(UserAccount account, Role role, Establishment establishment) {
		this.grants.saveAndFlush(RoleGrant.forEstablishment(account, role, establishment));
	}

	/** The department of that code in that establishment. */
	Department find(Establishment establishment, String code) {
		return this.departments
			.findOne((root, query, cb) -> cb.and(cb.equal(root.get("establishment").get("id"), establishment.getId()),
					cb.equal(root.get("code"), code)))
			.orElseThrow();
	}

}
