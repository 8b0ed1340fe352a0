package org.socle.directory.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.directory.CurrentAccess;
import org.socle.directory.FinessNumber;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.people.PersonRepository;
import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.csvimport.ImportPass;
import org.socle.shared.csvimport.ImportRow;
import org.socle.shared.csvimport.Importer;

import org.springframework.stereotype.Component;

/**
 * People from an HR extract: a line with the e-mail address of an existing person updates
 * that person, any other line creates one.
 */
@Component
class PeopleImport implements Importer {

	static final String LAST_NAME = "lastName";

	static final String FIRST_NAME = "firstName";

	static final String EMAIL = "email";

	static final String JOB_TITLE = "jobTitle";

	static final String PHONE = "phone";

	static final String DEPARTMENT_CODE = "departmentCode";

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required(LAST_NAME, "nom", "last_name", "nom de famille", "nom usuel", "surname"),
			ImportColumn.required(FIRST_NAME, "prénom", "first_name", "given name"),
			ImportColumn.optional(EMAIL, "email", "e-mail", "courriel", "mail", "adresse mail"),
			ImportColumn.optional(JOB_TITLE, "fonction", "job_title", "emploi", "poste", "métier"),
			ImportColumn.optional(PHONE, "téléphone", "phone", "tel", "téléphone professionnel"),
			ImportColumn.required(ImportTargets.FINESS, "finess", "finess établissement", "finess et", "finess ej"),
			ImportColumn.optional(DEPARTMENT_CODE, "code_uf", "department_code", "uf", "code structure"));

	/** A FINESS number that is valid but never a real one (département 99). */
	static final String EXAMPLE_FINESS = "99000000" + FinessNumber.checkDigit("99000000");

	private final CurrentAccess access;

	private final EstablishmentRepository establishments;

	private final DepartmentRepository departments;

	private final PersonRepository people;

	private final ImportLookups lookups;

	PeopleImport(CurrentAccess access, EstablishmentRepository establishments, DepartmentRepository departments,
			PersonRepository people, ImportLookups lookups) {
		this.access = access;
		this.establishments = establishments;
		this.departments = departments;
		this.people = people;
		this.lookups = lookups;
	}

	@Override
	public String kind() {
		return "people";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<List<String>> templateLines() {
		return List.of(List.of("Martin", "Camille", "camille.martin@example.org", "Infirmière", "0102030405",
				EXAMPLE_FINESS, "UF1234"));
	}

	@Override
	public ImportPass begin(List<ImportRow> rows) {
		ImportTargets targets = new ImportTargets(this.access.scope(), this.establishments.findAll());
		Map<String, List<Integer>> emailLines = LineRules.linesByKey(rows, PeopleImport::lowerCaseEmail);
		Map<String, Long> departmentIds = this.lookups.departments(targets.administered())
			.stream()
			.filter(d -> !d.archived())
			.collect(Collectors.toMap(d -> DepartmentImport.key(d.establishmentId(), d.code()), d -> d.id()));
		return new PeoplePass(targets, emailLines, this.lookups.peopleByEmail(emailLines.keySet()), departmentIds,
				new PeoplePass.Repositories(this.establishments, this.departments, this.people, this.lookups));
	}

	static String lowerCaseEmail(ImportRow row) {
		String email = row.get(EMAIL);
		return (email != null) ? email.toLowerCase(Locale.ROOT) : null;
	}

}
