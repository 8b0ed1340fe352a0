package org.socle.inventory.asset;

import org.socle.inventory.AssetRef;
import org.socle.inventory.category.AssetCategory;
import org.socle.inventory.category.AssetCategoryService;
import org.socle.inventory.category.Criticality;
import org.socle.inventory.model.ModelService;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and edits assets, under {@link AssetAccess}: out of sight is "not found",
 * readers who do not keep the asset get "forbidden". Creating records the first status
 * and the first place (a move from nowhere).
 */
@Service
public class AssetService {

	private final AssetRepository assets;

	private final AssetCategoryService categories;

	private final AssetAccess access;

	private final RegisterDirectory directory;

	private final AssetRecords records;

	private final ModelService models;

	AssetService(AssetRepository assets, AssetCategoryService categories, AssetAccess access,
			RegisterDirectory directory, AssetRecords records, ModelService models) {
		this.assets = assets;
		this.categories = categories;
		this.access = access;
		this.directory = directory;
		this.records = records;
		this.models = models;
	}

	/** An asset the current account reads, or "not found". */
	@Transactional(readOnly = true)
	public Asset get(Long id) {
		Asset asset = this.assets.findById(id).orElseThrow(() -> new RecordNotFoundException("Asset", id));
		this.access.readable(asset.ref());
		return asset;
	}

	/** An asset the current account keeps: 404 out of sight, 403 read-only. */
	@Transactional(readOnly = true)
	public Asset kept(Long id) {
		Asset asset = get(id);
		this.access.kept(asset.ref());
		return asset;
	}

	public boolean keeps(Asset asset) {
		return this.access.keeps(asset.ref());
	}

	/** Whether the account may register assets somewhere (a working role). */
	public boolean canCreate() {
		return this.access.readsReferentials();
	}

	@Transactional
	public Asset create(AssetForm form) {
		if (form.getEstablishmentId() == null) {
			throw FieldRuleException.invalid("establishmentId", "NotNull");
		}
		if (!this.directory.establishmentExists(form.getEstablishmentId())) {
			throw FieldRuleException.invalid("establishmentId", "UnknownValue", form.getEstablishmentId());
		}
		checkTeam(form);
		AssetRef future = new AssetRef(0, form.normalisedNumber(), form.normalisedNumber(), null, null,
				form.getEstablishmentId(), form.getOwnerTeamId());
		if (!this.access.keeps(future)) {
			throw new AccessDeniedException("Does not keep assets of this establishment and team");
		}
		if (this.assets.existsByInventoryNumberIgnoreCase(form.normalisedNumber())) {
			throw FieldRuleException.duplicate("inventoryNumber", form.normalisedNumber());
		}
		AssetStatus status = (form.getStatus() != null) ? form.getStatus() : AssetStatus.IN_SERVICE;
		if (status.isGone()) {
			throw FieldRuleException.invalid("status", AssetStatus.ILLEGAL_TRANSITION, "-", status);
		}
		Asset asset = new Asset(status, form.getEstablishmentId());
		apply(asset, form);
		checkPlace(form.getEstablishmentId(), form.getLocationId(), form.getDepartmentId());
		asset.placeAt(form.getEstablishmentId(), form.getLocationId(), form.getDepartmentId());
		Asset saved = this.assets.saveAndFlush(asset);
		this.records.statusChanged(saved, null, status, null);
		this.records.moved(saved, null, null, null, null);
		return saved;
	}

	@Transactional
	public Asset update(Long id, AssetForm form) {
		Asset asset = kept(id);
		asset.checkVersion(form.getVersion());
		checkTeam(form);
		AssetRef future = new AssetRef(id, asset.getInventoryNumber(), asset.getInventoryNumber(), null, null,
				asset.getEstablishmentId(), form.getOwnerTeamId());
		if (!this.access.keeps(future)) {
			throw FieldRuleException.invalid("ownerTeamId", "UnknownValue", form.getOwnerTeamId());
		}
		if (this.assets.existsByInventoryNumberIgnoreCaseAndIdNot(form.normalisedNumber(), id)) {
			throw FieldRuleException.duplicate("inventoryNumber", form.normalisedNumber());
		}
		apply(asset, form);
		return this.assets.saveAndFlush(asset);
	}

	private void apply(Asset asset, AssetForm form) {
		AssetCategory category = this.categories.existing("categoryId", form.getCategoryId());
		if (form.getModelId() != null) {
			this.models.existing("modelId", form.getModelId());
		}
		if (form.getParentId() != null) {
			Asset parent = this.assets.findById(form.getParentId())
				.filter(p -> !p.getId().equals(asset.getId()) && this.access.reads(p.ref()))
				.orElseThrow(() -> FieldRuleException.invalid("parentId", "UnknownValue", form.getParentId()));
			form.setParentId(parent.getId());
		}
		Criticality override = form.getCriticality();
		if (override == category.getCriticality()) {
			override = null;
		}
		String reason = AssetForm.blankToNull(form.getCriticalityReason());
		if (override != null && reason == null) {
			throw FieldRuleException.invalid("criticalityReason", "JustificationRequired");
		}
		asset.update(form, category.getKind(), override, (override != null) ? reason : null);
	}

	private void checkTeam(AssetForm form) {
		if (this.directory.team(form.getOwnerTeamId()).isEmpty()) {
			throw FieldRuleException.invalid("ownerTeamId", "UnknownValue", form.getOwnerTeamId());
		}
	}

	/** Checks that the location and department belong to the establishment. */
	void checkPlace(Long establishmentId, Long locationId, Long departmentId) {
		if (locationId != null && !this.directory.locationIn(locationId, establishmentId)) {
			throw FieldRuleException.invalid("locationId", "UnknownValue", locationId);
		}
		if (departmentId != null && !this.directory.departmentIn(departmentId, establishmentId)) {
			throw FieldRuleException.invalid("departmentId", "UnknownValue", departmentId);
		}
	}

	/** The effective criticality: the override, else the category's. */
	@Transactional(readOnly = true)
	public Criticality criticality(Asset asset) {
		return (asset.getCriticality() != null) ? asset.getCriticality()
				: this.categories.get(asset.getCategoryId()).getCriticality();
	}

}
