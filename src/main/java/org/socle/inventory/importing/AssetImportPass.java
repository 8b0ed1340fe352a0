package org.socle.inventory.importing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.socle.inventory.importing.AssetLine.ModelChoice;
import org.socle.shared.csvimport.FieldProblem;
import org.socle.shared.csvimport.ImportAction;
import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.csvimport.ImportPass;
import org.socle.shared.csvimport.ImportRow;

/**
 * One pass over an asset file: the preview's (no writer: nothing can be written, and its
 * transaction is read-only) or the confirmation's, which says at its end which assets it
 * wrote ({@link AssetsImported}). Both count the manufacturers, models and suppliers the
 * valid lines will create.
 */
final class AssetImportPass implements ImportPass {

	static final String NEW_MANUFACTURERS = "inventory.imports.count.manufacturers";

	static final String NEW_MODELS = "inventory.imports.count.models";

	static final String NEW_SUPPLIERS = "inventory.imports.count.suppliers";

	private final AssetLineRules rules;

	private final AssetWriter writer;

	private final Consumer<AssetsImported> events;

	private final Set<String> newManufacturers = new HashSet<>();

	private final Set<String> newModels = new HashSet<>();

	private final Set<String> newSuppliers = new HashSet<>();

	private AssetLine checked;

	AssetImportPass(AssetLineRules rules, AssetWriter writer, Consumer<AssetsImported> events) {
		this.rules = rules;
		this.writer = writer;
		this.events = events;
	}

	@Override
	public List<FieldProblem> validate(ImportRow row) {
		LineCheck check = new LineCheck(row);
		this.checked = this.rules.check(check);
		if (this.checked != null) {
			plan(this.checked);
		}
		return check.problems();
	}

	@Override
	public ImportAction apply(ImportRow row) {
		AssetLine line = this.checked;
		if (this.writer == null || line == null || line.row() != row) {
			throw new IllegalStateException("Line " + row.line() + " was not validated just before");
		}
		this.writer.add(line);
		return ImportAction.CREATED;
	}

	@Override
	public void finish() {
		if (this.writer != null) {
			this.writer.flush();
			if (!this.writer.written().isEmpty()) {
				this.events.accept(new AssetsImported(this.writer.written()));
			}
		}
	}

	@Override
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put(NEW_MANUFACTURERS, this.newManufacturers.size());
		counts.put(NEW_MODELS, this.newModels.size());
		counts.put(NEW_SUPPLIERS, this.newSuppliers.size());
		return counts;
	}

	private void plan(AssetLine line) {
		ModelChoice model = line.model();
		if (model != null && model.modelId() == null) {
			String manufacturer = (model.manufacturerId() != null) ? model.manufacturerId().toString()
					: ImportColumn.normalise(model.manufacturer());
			if (model.manufacturerId() == null) {
				this.newManufacturers.add(manufacturer);
			}
			this.newModels.add(manufacturer + "/" + ImportColumn.normalise(model.model()));
		}
		if (line.supplier() != null && line.supplier().id() == null) {
			this.newSuppliers.add(ImportColumn.normalise(line.supplier().name()));
		}
	}

}
