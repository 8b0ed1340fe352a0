package org.socle.inventory.asset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.socle.inventory.category.AssetKind;
import org.socle.inventory.category.Criticality;
import org.socle.shared.web.PageView;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the register: the list (same filters as the page; {@code totalElements}
 * capped at 10,000), one asset, registration, edition (409 on a stale version), status
 * transitions, moves and their journals.
 */
@RestController
@RequestMapping("/api/v1/assets")
class AssetApi {

	private final AssetService assets;

	private final AssetLifecycle lifecycle;

	private final AssetList list;

	private final AssetRecords records;

	AssetApi(AssetService assets, AssetLifecycle lifecycle, AssetList list, AssetRecords records) {
		this.assets = assets;
		this.lifecycle = lifecycle;
		this.list = list;
		this.records = records;
	}

	@GetMapping
	PageView<AssetRow> list(AssetFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		return PageView.of(this.list.page(filter, AssetList.restrict(pageable)), r -> r);
	}

	@GetMapping("/{id}")
	AssetView get(@PathVariable Long id) {
		return view(this.assets.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AssetView create(@Valid @RequestBody AssetForm form) {
		return view(this.assets.create(form));
	}

	@PutMapping("/{id}")
	AssetView update(@PathVariable Long id, @Valid @RequestBody AssetForm form) {
		return view(this.assets.update(id, form));
	}

	@PostMapping("/{id}/transitions")
	AssetView transition(@PathVariable Long id, @Valid @RequestBody AssetLifecycle.Transition command) {
		return view(this.lifecycle.transition(id, command));
	}

	@PostMapping("/{id}/moves")
	AssetView move(@PathVariable Long id, @Valid @RequestBody AssetLifecycle.Move command) {
		return view(this.lifecycle.move(id, command));
	}

	@GetMapping("/{id}/status-changes")
	List<AssetRecords.StatusChange> statusChanges(@PathVariable Long id) {
		return this.records.statusChanges(this.assets.get(id).getId());
	}

	@GetMapping("/{id}/moves")
	List<AssetRecords.Move> moves(@PathVariable Long id) {
		return this.records.moves(this.assets.get(id).getId());
	}

	private AssetView view(Asset a) {
		return new AssetView(a.getId(), a.getKind(), a.getInventoryNumber(), a.getName(), a.getSerialNumber(),
				a.getCategoryId(), a.getModelId(), a.getEstablishmentId(), a.getOwnerTeamId(), a.getLocationId(),
				a.getDepartmentId(), a.getParentId(), a.getStatus(), a.getStatus().next(), a.getUdiDeviceIdentifier(),
				a.getLotNumber(), a.getManufacturedOn(), a.getExpiresOn(), a.getSupplierId(), a.getOrderReference(),
				a.getAcquisitionCost(), a.getFunding(), a.getFirstInServiceOn(), a.getWarrantyEndOn(),
				a.getSoftwareVersion(), this.assets.criticality(a), a.getCriticality() != null,
				a.getCriticalityReason(), a.getNotes(), a.getVersion(), a.getCreatedAt(), a.getCreatedBy(),
				a.getLastModifiedAt(), a.getLastModifiedBy());
	}

	/**
	 * An asset as the API shows it: {@code criticality} is the effective one (the
	 * category's unless overridden), {@code nextStatuses} the transitions allowed.
	 */
	record AssetView(Long id, AssetKind kind, String inventoryNumber, String name, String serialNumber, Long categoryId,
			Long modelId, Long establishmentId, Long ownerTeamId, Long locationId, Long departmentId, Long parentId,
			AssetStatus status, java.util.Set<AssetStatus> nextStatuses, String udiDeviceIdentifier, String lotNumber,
			LocalDate manufacturedOn, LocalDate expiresOn, Long supplierId, String orderReference,
			BigDecimal acquisitionCost, String funding, LocalDate firstInServiceOn, LocalDate warrantyEndOn,
			String softwareVersion, Criticality criticality, boolean criticalityOverridden, String criticalityReason,
			String notes, long version, Instant createdAt, String createdBy, Instant lastModifiedAt,
			String lastModifiedBy) {
	}

}
