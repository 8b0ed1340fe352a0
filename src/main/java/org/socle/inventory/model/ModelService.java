package org.socle.inventory.model;

import java.util.List;

import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.category.AssetCategoryService;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's catalogue of models and manufacturers: read by every worker, edited by
 * group administrators. A manufacturer is created when a model first names it.
 */
@Service
public class ModelService {

	private final ModelRepository models;

	private final ManufacturerRepository manufacturers;

	private final AssetCategoryService categories;

	private final AssetAccess access;

	ModelService(ModelRepository models, ManufacturerRepository manufacturers, AssetCategoryService categories,
			AssetAccess access) {
		this.models = models;
		this.manufacturers = manufacturers;
		this.categories = categories;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<AssetModel> list() {
		List<AssetModel> all = this.models.listed();
		all.forEach(AssetModel::getAliases);
		return all;
	}

	@Transactional(readOnly = true)
	public AssetModel get(Long id) {
		AssetModel model = this.models.findById(id).orElseThrow(() -> new RecordNotFoundException("AssetModel", id));
		model.getAliases();
		return model;
	}

	/** The model of a form field, or a field error naming it. */
	@Transactional(readOnly = true)
	public AssetModel existing(String field, Long id) {
		return this.models.findById(id).orElseThrow(() -> FieldRuleException.invalid(field, "UnknownValue", id));
	}

	public boolean canEdit() {
		return this.access.keepsReferentials();
	}

	@Transactional
	public AssetModel create(ModelForm form) {
		checkEditor();
		Manufacturer manufacturer = manufacturer(form);
		if (this.models.existsByManufacturerAndCommercialNameIgnoreCase(manufacturer,
				form.getCommercialName().strip())) {
			throw FieldRuleException.duplicate("commercialName", form.getCommercialName().strip());
		}
		this.categories.existing("categoryId", form.getCategoryId());
		AssetModel model = new AssetModel(manufacturer);
		model.update(manufacturer, form);
		return this.models.saveAndFlush(model);
	}

	@Transactional
	public AssetModel update(Long id, ModelForm form) {
		checkEditor();
		AssetModel model = get(id);
		model.checkVersion(form.getVersion());
		Manufacturer manufacturer = manufacturer(form);
		if (this.models.existsByManufacturerAndCommercialNameIgnoreCaseAndIdNot(manufacturer,
				form.getCommercialName().strip(), id)) {
			throw FieldRuleException.duplicate("commercialName", form.getCommercialName().strip());
		}
		this.categories.existing("categoryId", form.getCategoryId());
		model.update(manufacturer, form);
		return this.models.saveAndFlush(model);
	}

	private Manufacturer manufacturer(ModelForm form) {
		String name = form.getManufacturer().strip();
		return this.manufacturers.findByNameIgnoreCase(name)
			.orElseGet(() -> this.manufacturers.save(new Manufacturer(name)));
	}

	private void checkEditor() {
		if (!canEdit()) {
			throw new AccessDeniedException("Only group administrators edit models");
		}
	}

}
