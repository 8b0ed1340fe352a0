package org.socle.inventory.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.directory.DirectoryReferences.DepartmentRow;
import org.socle.directory.DirectoryReferences.EstablishmentRow;
import org.socle.inventory.asset.AssetReaders;
import org.socle.inventory.importing.AssetLine.ModelChoice;
import org.socle.inventory.importing.AssetLine.NameChoice;
import org.socle.inventory.importing.AssetReferences.Category;
import org.socle.inventory.importing.AssetReferences.Manufacturer;
import org.socle.inventory.importing.AssetReferences.Parent;
import org.socle.inventory.importing.AssetReferences.Supplier;
import org.socle.shared.csvimport.ImportRow;

import static org.socle.inventory.importing.AssetColumns.*;

/**
 * The rules of one line: inventory number given, on no other line of the file (every line
 * holding it is refused: which one is right is the user's call) and new to the register
 * (an import creates assets; it never changes one, whose moves and status changes must
 * stay recorded steps); category, establishment and owner team known, and the pair kept
 * by the user; location and department of that establishment; dates and amounts readable;
 * parent in the register (and readable) or on a valid line above.
 */
final class AssetLineRules {

	private final AssetReferences refs;

	private final Map<String, List<Integer>> linesOfNumber;

	private final BiPredicate<Long, Long> keeps;

	private final AssetReaders readers;

	/** Inventory numbers of the valid lines so far (possible parents). */
	private final Set<String> validNumbers = new HashSet<>();

	private final Map<String, Boolean> kept = new HashMap<>();

	AssetLineRules(AssetReferences refs, Map<String, List<Integer>> linesOfNumber, BiPredicate<Long, Long> keeps,
			AssetReaders readers) {
		this.refs = refs;
		this.linesOfNumber = linesOfNumber;
		this.keeps = keeps;
		this.readers = readers;
	}

	/** The line resolved, or null with its problems in the check. */
	AssetLine check(LineCheck check) {
		ImportRow row = check.row();
		String number = inventoryNumber(check);
		Category category = category(check);
		String kind = kind(check, category);
		EstablishmentRow establishment = required(check, ESTABLISHMENT, this.refs.establishments, "establishment");
		TeamRef team = required(check, OWNER_TEAM, this.refs.teams, "team");
		Long establishmentId = (establishment != null) ? establishment.id() : null;
		if (establishment != null && team != null && !keeps(establishmentId, team.id())) {
			check.problem(OWNER_TEAM, "notKept", team.name(), establishment.name());
		}
		Long locationId = location(check, establishmentId);
		Long departmentId = department(check, establishmentId);
		ModelChoice model = model(check);
		LocalDate manufactured = check.date(MANUFACTURED_ON);
		LocalDate expires = check.date(EXPIRES_ON);
		if (manufactured != null && expires != null && expires.isBefore(manufactured)) {
			check.problem(EXPIRES_ON, "expiresBeforeManufactured");
		}
		String status = status(check);
		Long parentId = parent(check, number);
		AssetLine line = new AssetLine(row, number, check.text(NAME, 200, false), kind,
				(category != null) ? category.id() : null, model, check.text(SERIAL, 100, false),
				check.text(UDI_DI, 60, false), check.text(LOT, 60, false), manufactured, expires, establishmentId,
				(team != null) ? team.id() : null, locationId, departmentId, status, check.date(FIRST_IN_SERVICE_ON),
				check.date(WARRANTY_END_ON), supplier(check), check.text(ORDER_REFERENCE, 100, false),
				check.amount(COST), check.text(FUNDING, 200, false), check.text(SOFTWARE_VERSION, 100, false), parentId,
				row.get(PARENT), check.text(NOTES, 4000, false));
		if (!check.ok()) {
			return null;
		}
		this.validNumbers.add(number);
		return line;
	}

	private String inventoryNumber(LineCheck check) {
		String number = check.text(INVENTORY_NUMBER, 60, true);
		if (number == null) {
			return null;
		}
		int line = check.row().line();
		int other = this.linesOfNumber.getOrDefault(number, List.of())
			.stream()
			.filter(l -> l != line)
			.findFirst()
			.orElse(0);
		if (other > 0) {
			check.problem(INVENTORY_NUMBER, "duplicateInFile", other);
		}
		else if (this.refs.existingNumbers.contains(number)) {
			check.problem(INVENTORY_NUMBER, "inRegister", number);
		}
		return number;
	}

	private Category category(LineCheck check) {
		Category category = required(check, CATEGORY, this.refs.categories, "category");
		if (category != null && category.archived()) {
			check.problem(CATEGORY, "categoryArchived", category.name());
			return null;
		}
		return category;
	}

	private String kind(LineCheck check, Category category) {
		String text = check.row().get(KIND);
		if (text == null) {
			return (category != null) ? category.kind() : null;
		}
		String kind = AssetValues.kind(text);
		if (kind == null) {
			check.problem(KIND, "kind", text);
		}
		else if (category != null && !kind.equals(category.kind())) {
			check.problem(KIND, "kindNotCategory", category.name());
		}
		return kind;
	}

	private Long location(LineCheck check, Long establishmentId) {
		String text = check.text(LOCATION, 500, false);
		if (text == null || establishmentId == null) {
			return null;
		}
		var location = check.one(LOCATION, this.refs.locations(establishmentId, text), "location");
		return (location != null) ? location.id() : null;
	}

	private Long department(LineCheck check, Long establishmentId) {
		String text = check.text(DEPARTMENT, 200, false);
		if (text == null || establishmentId == null) {
			return null;
		}
		Named<DepartmentRow> named = this.refs.departments.get(establishmentId);
		DepartmentRow department = check.one(DEPARTMENT, (named != null) ? named.find(text) : List.of(), "department");
		return (department != null) ? department.id() : null;
	}

	private ModelChoice model(LineCheck check) {
		String manufacturerName = check.text(MANUFACTURER, 200, false);
		String modelName = check.text(MODEL, 200, false);
		if (modelName == null) {
			if (manufacturerName != null) {
				check.problem(MODEL, "manufacturerWithoutModel", manufacturerName);
			}
			return null;
		}
		if (manufacturerName == null) {
			check.problem(MANUFACTURER, "modelWithoutManufacturer", modelName);
			return null;
		}
		List<Manufacturer> manufacturers = this.refs.manufacturers.find(manufacturerName);
		if (manufacturers.size() > 1) {
			check.problem(MANUFACTURER, "manufacturerAmbiguous", manufacturerName);
			return null;
		}
		if (manufacturers.isEmpty()) {
			return new ModelChoice(null, null, manufacturerName, modelName);
		}
		Long manufacturerId = manufacturers.get(0).id();
		Named<Long> models = this.refs.models.get(manufacturerId);
		List<Long> found = (models != null) ? models.find(modelName).stream().distinct().toList() : List.of();
		if (found.size() > 1) {
			check.problem(MODEL, "modelAmbiguous", modelName);
			return null;
		}
		return new ModelChoice(found.isEmpty() ? null : found.get(0), manufacturerId, manufacturerName, modelName);
	}

	private String status(LineCheck check) {
		String text = check.row().get(STATUS);
		if (text == null) {
			return "IN_SERVICE";
		}
		String status = AssetValues.status(text);
		if (status == null) {
			check.problem(STATUS, "status", text);
		}
		return status;
	}

	private NameChoice supplier(LineCheck check) {
		String name = check.text(SUPPLIER, 200, false);
		if (name == null) {
			return null;
		}
		List<Supplier> found = this.refs.suppliers.find(name);
		if (found.size() > 1) {
			check.problem(SUPPLIER, "supplierAmbiguous", name);
			return null;
		}
		return found.isEmpty() ? new NameChoice(null, name) : new NameChoice(found.get(0).id(), name);
	}

	private Long parent(LineCheck check, String number) {
		String parentNumber = check.text(PARENT, 60, false);
		if (parentNumber == null) {
			return null;
		}
		if (parentNumber.equals(number)) {
			check.problem(PARENT, "parentSelf");
			return null;
		}
		Parent parent = this.refs.parents.get(parentNumber);
		if (parent != null && this.readers.reads(parent.establishmentId(), parent.ownerTeamId())) {
			return parent.id();
		}
		if (parent == null && this.validNumbers.contains(parentNumber)) {
			return null;
		}
		check.problem(PARENT, "parentUnknown", parentNumber);
		return null;
	}

	private boolean keeps(Long establishmentId, Long teamId) {
		return this.kept.computeIfAbsent(establishmentId + "/" + teamId, k -> this.keeps.test(establishmentId, teamId));
	}

	/** The one row a required column names, or null with the problem added. */
	private static <T> T required(LineCheck check, String column, Named<T> named, String rule) {
		String text = check.text(column, 200, true);
		return (text == null) ? null : check.one(column, named.find(text), rule);
	}

}
