package org.socle.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.shared.csvimport.FieldProblem;
import org.socle.shared.csvimport.ImportAction;
import org.socle.shared.csvimport.ImportPass;
import org.socle.shared.csvimport.ImportRow;

import static org.socle.directory.imports.DepartmentImport.CODE;
import static org.socle.directory.imports.DepartmentImport.LEVEL;
import static org.socle.directory.imports.DepartmentImport.NAME;
import static org.socle.directory.imports.DepartmentImport.PARENT_CODE;

/**
 * One pass over a departments file. The tree rules: a department without parent is a
 * pole; a child has the level below its parent's (pole > service > UF); a parent exists
 * in the establishment or is a valid line higher in the file; the level of a department
 * with sub-departments does not change.
 */
final class DepartmentPass implements ImportPass {

	private final ImportTargets targets;

	/**
	 * Departments known so far by establishment and code: stored ones, then valid lines.
	 */
	private final Map<String, Node> nodes;

	private final Map<String, List<Integer>> lines;

	private final EstablishmentRepository establishments;

	private final DepartmentRepository departments;

	private final ImportLookups lookups;

	private Resolved resolved;

	DepartmentPass(ImportTargets targets, Map<String, Node> nodes, Map<String, List<Integer>> lines,
			EstablishmentRepository establishments, DepartmentRepository departments, ImportLookups lookups) {
		this.targets = targets;
		this.nodes = nodes;
		this.lines = lines;
		this.establishments = establishments;
		this.departments = departments;
		this.lookups = lookups;
	}

	@Override
	public List<FieldProblem> validate(ImportRow row) {
		this.resolved = null;
		List<FieldProblem> problems = new ArrayList<>();
		Long establishmentId = this.targets.resolve(row.get(ImportTargets.FINESS), problems);
		String code = LineRules.text(row, CODE, 50, true, problems);
		LineRules.text(row, NAME, 200, true, problems);
		DepartmentLevel level = level(row, problems);
		String parentCode = LineRules.text(row, PARENT_CODE, 50, false, problems);
		if (establishmentId == null || code == null) {
			return problems;
		}
		String key = DepartmentImport.key(establishmentId, code);
		int otherLine = LineRules.otherLine(this.lines, key, row.line());
		if (otherLine > 0) {
			problems.add(FieldProblem.of(CODE, "directory.imports.error.codeDuplicateInFile", otherLine));
		}
		Node existing = this.nodes.get(key);
		Node parent = null;
		if (level != null) {
			parent = checkParent(establishmentId, code, level, parentCode, problems);
			if (existing != null && existing.hasChildren && existing.level != level) {
				problems.add(FieldProblem.of(LEVEL, "directory.imports.error.levelChangeWithChildren"));
			}
		}
		if (problems.isEmpty()) {
			Node node = (existing != null) ? existing : new Node(null, level, false, false);
			node.level = level;
			this.nodes.put(key, node);
			this.resolved = new Resolved(row, establishmentId, level, node, parent);
		}
		return problems;
	}

	private DepartmentLevel level(ImportRow row, List<FieldProblem> problems) {
		String text = LineRules.text(row, LEVEL, 50, true, problems);
		if (text == null) {
			return null;
		}
		DepartmentLevel level = DepartmentImport.parseLevel(text);
		if (level == null) {
			problems.add(FieldProblem.of(LEVEL, "directory.imports.error.level", text));
		}
		return level;
	}

	private Node checkParent(Long establishmentId, String code, DepartmentLevel level, String parentCode,
			List<FieldProblem> problems) {
		if (parentCode == null) {
			if (level != DepartmentLevel.POLE) {
				problems.add(FieldProblem.of(LEVEL, "directory.imports.error.rootMustBePole"));
			}
			return null;
		}
		if (parentCode.equals(code)) {
			problems.add(FieldProblem.of(PARENT_CODE, "directory.imports.error.parentSelf"));
			return null;
		}
		Node parent = this.nodes.get(DepartmentImport.key(establishmentId, parentCode));
		if (parent == null || parent.archived) {
			problems.add(FieldProblem.of(PARENT_CODE, "directory.imports.error.parentUnknown", parentCode));
			return null;
		}
		DepartmentLevel expected = parent.level.childLevel();
		if (expected == null) {
			problems.add(FieldProblem.of(PARENT_CODE, "directory.imports.error.leafHasNoChildren", parentCode));
		}
		else if (expected != level) {
			problems.add(
					FieldProblem.of(LEVEL, "directory.imports.error.wrongLevel", label(parent.level), label(expected)));
		}
		return parent;
	}

	@Override
	public ImportAction apply(ImportRow row) {
		Resolved line = this.resolved;
		if (line == null || line.row() != row) {
			throw new IllegalStateException("Line " + row.line() + " was not validated just before");
		}
		Department parent = (line.parent() != null) ? this.departments.getReferenceById(line.parent().id) : null;
		boolean exists = line.node().id != null;
		Department department = exists ? this.departments.findById(line.node().id).orElseThrow()
				: new Department(this.establishments.getReferenceById(line.establishmentId()), parent, line.level(),
						row.get(CODE), row.get(NAME));
		department.setName(row.get(NAME));
		department.setLevel(line.level());
		department.setParent(parent);
		line.node().id = this.departments.save(department).getId();
		return exists ? ImportAction.UPDATED : ImportAction.CREATED;
	}

	@Override
	public void checkpoint() {
		this.lookups.flushAndClear();
	}

	private static Object label(DepartmentLevel level) {
		return LineRules.label("directory.imports.level." + level);
	}

	/** A department known to the pass; a new one gets its id once written. */
	static final class Node {

		private Long id;

		private DepartmentLevel level;

		private final boolean hasChildren;

		private final boolean archived;

		Node(Long id, DepartmentLevel level, boolean hasChildren, boolean archived) {
			this.id = id;
			this.level = level;
			this.hasChildren = hasChildren;
			this.archived = archived;
		}

	}

	private record Resolved(ImportRow row, Long establishmentId, DepartmentLevel level, Node node, Node parent) {
	}

}
