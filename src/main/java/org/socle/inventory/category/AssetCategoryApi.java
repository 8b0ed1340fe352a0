package org.socle.inventory.category;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.socle.inventory.asset.AssetAccess;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the register's categories and the regulatory flags they may carry. */
@RestController
@RequestMapping("/api/v1/asset-categories")
class AssetCategoryApi {

	private final AssetCategoryService categories;

	private final AssetAccess access;

	AssetCategoryApi(AssetCategoryService categories, AssetAccess access) {
		this.categories = categories;
		this.access = access;
	}

	@GetMapping
	List<CategoryView> list() {
		checkReader();
		return this.categories.list().stream().map(CategoryView::of).toList();
	}

	@GetMapping("/flags")
	List<FlagView> flags() {
		checkReader();
		return this.categories.flags()
			.stream()
			.map(f -> new FlagView(f.getCode(), f.getJurisdiction(), f.getLabelFr(), f.getLabelEn(),
					f.getDescription()))
			.toList();
	}

	@GetMapping("/{id}")
	CategoryView get(@PathVariable Long id) {
		checkReader();
		return CategoryView.of(this.categories.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CategoryView create(@Valid @RequestBody AssetCategoryForm form) {
		return CategoryView.of(this.categories.create(form));
	}

	@PutMapping("/{id}")
	CategoryView update(@PathVariable Long id, @Valid @RequestBody AssetCategoryForm form) {
		return CategoryView.of(this.categories.update(id, form));
	}

	private void checkReader() {
		if (!this.access.readsReferentials()) {
			throw new AccessDeniedException("Referentials are for workers");
		}
	}

	/** A regulatory flag as the API shows it. */
	record FlagView(String code, String jurisdiction, String labelFr, String labelEn, String description) {
	}

	/** A category as the API shows it. */
	record CategoryView(Long id, String code, String name, AssetKind kind, DeviceClass deviceClass,
			Criticality criticality, Long parentId, Set<String> flags, boolean archived, long version,
			Instant lastModifiedAt, String lastModifiedBy) {

		static CategoryView of(AssetCategory c) {
			return new CategoryView(c.getId(), c.getCode(), c.getName(), c.getKind(), c.getDeviceClass(),
					c.getCriticality(), c.getParentId(), c.getFlags(), c.isArchived(), c.getVersion(),
					c.getLastModifiedAt(), c.getLastModifiedBy());
		}
	}

}
