package org.socle.directory.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.CurrentAccess;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.csvimport.ImportPass;
import org.socle.shared.csvimport.ImportRow;
import org.socle.shared.csvimport.Importer;

import org.springframework.stereotype.Component;

/**
 * Departments (poles, services, functional units) from a structure extract: a line whose
 * code already exists in its establishment updates that department, any other creates
 * one. A parent must exist or come earlier in the file.
 */
@Component
class DepartmentImport implements Importer {

	static final String CODE = "code";

	static final String NAME = "name";

	static final String LEVEL = "level";

	static final String PARENT_CODE = "parentCode";

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required(ImportTargets.FINESS, "finess", "finess établissement", "finess et", "finess ej"),
			ImportColumn.required(CODE, "code", "code structure", "department_code"),
			ImportColumn.required(NAME, "libellé", "name", "libellé structure", "label", "nom"),
			ImportColumn.required(LEVEL, "niveau", "level", "type"),
			ImportColumn.optional(PARENT_CODE, "code_parent", "parent_code", "parent", "code structure parente"));

	private final CurrentAccess access;

	private final EstablishmentRepository establishments;

	private final DepartmentRepository departments;

	private final ImportLookups lookups;

	DepartmentImport(CurrentAccess access, EstablishmentRepository establishments, DepartmentRepository departments,
			ImportLookups lookups) {
		this.access = access;
		this.establishments = establishments;
		this.departments = departments;
		this.lookups = lookups;
	}

	@Override
	public String kind() {
		return "departments";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public List<List<String>> templateLines() {
		String finess = PeopleImport.EXAMPLE_FINESS;
		return List.of(List.of(finess, "P01", "Pôle médecine", "pôle", ""),
				List.of(finess, "S011", "Service de cardiologie", "service", "P01"),
				List.of(finess, "UF0111", "Hospitalisation de cardiologie", "UF", "S011"));
	}

	@Override
	public ImportPass begin(List<ImportRow> rows) {
		ImportTargets targets = new ImportTargets(this.access.scope(), this.establishments.findAll());
		Map<String, DepartmentPass.Node> nodes = new HashMap<>();
		this.lookups.departments(targets.administered())
			.forEach(d -> nodes.put(key(d.establishmentId(), d.code()),
					new DepartmentPass.Node(d.id(), d.level(), d.hasChildren(), d.archived())));
		Map<String, List<Integer>> lines = LineRules.linesByKey(rows, row -> {
			Long establishmentId = targets.idOf(row.get(ImportTargets.FINESS));
			String code = row.get(CODE);
			return (establishmentId != null && code != null) ? key(establishmentId, code) : null;
		});
		return new DepartmentPass(targets, nodes, lines, this.establishments, this.departments, this.lookups);
	}

	/** The key of a department code within its establishment. */
	static String key(Long establishmentId, String code) {
		return establishmentId + "/" + code;
	}

	/**
	 * The level written in a file: POLE, SERVICE, UF or FUNCTIONAL_UNIT, or the French
	 * pôle, service, unité fonctionnelle (any case, with or without accents); null if
	 * none of those.
	 */
	static DepartmentLevel parseLevel(String text) {
		switch (ImportColumn.normalise(text)) {
			case "pole":
				return DepartmentLevel.POLE;
			case "service":
				return DepartmentLevel.SERVICE;
			case "uf":
			case "functionalunit":
			case "unitefonctionnelle":
				return DepartmentLevel.FUNCTIONAL_UNIT;
			default:
				return null;
		}
	}

}
