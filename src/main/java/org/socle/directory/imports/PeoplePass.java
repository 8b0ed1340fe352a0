package org.socle.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socle.directory.imports.ImportLookups.PersonRef;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.shared.csvimport.FieldProblem;
import org.socle.shared.csvimport.ImportAction;
import org.socle.shared.csvimport.ImportPass;
import org.socle.shared.csvimport.ImportRow;

import static org.socle.directory.imports.PeopleImport.DEPARTMENT_CODE;
import static org.socle.directory.imports.PeopleImport.EMAIL;
import static org.socle.directory.imports.PeopleImport.FIRST_NAME;
import static org.socle.directory.imports.PeopleImport.JOB_TITLE;
import static org.socle.directory.imports.PeopleImport.LAST_NAME;
import static org.socle.directory.imports.PeopleImport.PHONE;

/**
 * One pass over a people file. Rules per line: names given, e-mail well formed and not
 * twice in the file, establishment known and administered by the user (as is the
 * establishment of the person the e-mail already belongs to), department code known in
 * that establishment.
 */
final class PeoplePass implements ImportPass {

	private final ImportTargets targets;

	private final Map<String, List<Integer>> emailLines;

	private final Map<String, PersonRef> existing;

	private final Map<String, Long> departmentIds;

	private final Repositories repositories;

	/** What {@link #validate} found for the line {@link #apply} is about to write. */
	private Resolved resolved;

	PeoplePass(ImportTargets targets, Map<String, List<Integer>> emailLines, Map<String, PersonRef> existing,
			Map<String, Long> departmentIds, Repositories repositories) {
		this.targets = targets;
		this.emailLines = emailLines;
		this.existing = existing;
		this.departmentIds = departmentIds;
		this.repositories = repositories;
	}

	@Override
	public List<FieldProblem> validate(ImportRow row) {
		List<FieldProblem> problems = new ArrayList<>();
		LineRules.text(row, LAST_NAME, 100, true, problems);
		LineRules.text(row, FIRST_NAME, 100, true, problems);
		LineRules.text(row, JOB_TITLE, 200, false, problems);
		LineRules.text(row, PHONE, 30, false, problems);
		PersonRef person = checkEmail(row, problems);
		Long establishmentId = this.targets.resolve(row.get(ImportTargets.FINESS), problems);
		Long departmentId = null;
		String code = row.get(DEPARTMENT_CODE);
		if (code != null && establishmentId != null) {
			departmentId = this.departmentIds.get(DepartmentImport.key(establishmentId, code));
			if (departmentId == null) {
				problems.add(FieldProblem.of(DEPARTMENT_CODE, "directory.imports.error.departmentUnknown", code));
			}
		}
		this.resolved = problems.isEmpty() ? new Resolved(row, person, establishmentId, departmentId) : null;
		return problems;
	}

	private PersonRef checkEmail(ImportRow row, List<FieldProblem> problems) {
		String email = LineRules.text(row, EMAIL, 254, false, problems);
		if (email == null) {
			return null;
		}
		if (!LineRules.isEmail(email)) {
			problems.add(FieldProblem.of(EMAIL, "directory.imports.error.email", email));
			return null;
		}
		String key = PeopleImport.lowerCaseEmail(row);
		int otherLine = LineRules.otherLine(this.emailLines, key, row.line());
		if (otherLine > 0) {
			problems.add(FieldProblem.of(EMAIL, "directory.imports.error.emailDuplicateInFile", otherLine));
		}
		PersonRef person = this.existing.get(key);
		if (person != null && !this.targets.administers(person.establishmentId())) {
			problems.add(FieldProblem.of(EMAIL, "directory.imports.error.emailOtherEstablishment"));
		}
		return person;
	}

	@Override
	public ImportAction apply(ImportRow row) {
		Resolved line = this.resolved;
		if (line == null || line.row() != row) {
			throw new IllegalStateException("Line " + row.line() + " was not validated just before");
		}
		var establishment = this.repositories.establishments().getReferenceById(line.establishmentId());
		Person person = (line.person() != null) ? this.repositories.people().findById(line.person().id()).orElseThrow()
				: new Person(row.get(FIRST_NAME), row.get(LAST_NAME), establishment);
		person.setFirstName(row.get(FIRST_NAME));
		person.setLastName(row.get(LAST_NAME));
		if (row.get(EMAIL) != null) {
			person.setEmail(row.get(EMAIL));
		}
		if (!line.establishmentId().equals(person.getEstablishment().getId())) {
			person.setEstablishment(establishment);
			person.setDepartment(null);
		}
		if (row.hasColumn(JOB_TITLE)) {
			person.setJobTitle(row.get(JOB_TITLE));
		}
		if (row.hasColumn(PHONE)) {
			person.setPhone(row.get(PHONE));
		}
		if (row.hasColumn(DEPARTMENT_CODE)) {
			person.setDepartment((line.departmentId() != null)
					? this.repositories.departments().getReferenceById(line.departmentId()) : null);
		}
		this.repositories.people().save(person);
		return (line.person() != null) ? ImportAction.UPDATED : ImportAction.CREATED;
	}

	@Override
	public void checkpoint() {
		this.repositories.lookups().flushAndClear();
	}

	record Repositories(EstablishmentRepository establishments, DepartmentRepository departments,
			PersonRepository people, ImportLookups lookups) {
	}

	private record Resolved(ImportRow row, PersonRef person, Long establishmentId, Long departmentId) {
	}

}
