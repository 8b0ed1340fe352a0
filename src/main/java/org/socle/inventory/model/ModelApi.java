package org.socle.inventory.model;

import java.time.Instant;
import java.util.List;

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

/** REST API of the group's models (with manufacturer and aliases). */
@RestController
@RequestMapping("/api/v1/models")
class ModelApi {

	private final ModelService models;

	private final AssetAccess access;

	ModelApi(ModelService models, AssetAccess access) {
		this.models = models;
		this.access = access;
	}

	@GetMapping
	List<ModelView> list() {
		checkReader();
		return this.models.list().stream().map(ModelView::of).toList();
	}

	@GetMapping("/{id}")
	ModelView get(@PathVariable Long id) {
		checkReader();
		return ModelView.of(this.models.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ModelView create(@Valid @RequestBody ModelForm form) {
		return ModelView.of(this.models.create(form));
	}

	@PutMapping("/{id}")
	ModelView update(@PathVariable Long id, @Valid @RequestBody ModelForm form) {
		return ModelView.of(this.models.update(id, form));
	}

	private void checkReader() {
		if (!this.access.readsReferentials()) {
			throw new AccessDeniedException("Referentials are for workers");
		}
	}

	/** A model as the API shows it. */
	record ModelView(Long id, Long manufacturerId, String manufacturer, Long categoryId, String commercialName,
			String commonName, String deviceIdentifier, List<String> aliases, long version, Instant lastModifiedAt,
			String lastModifiedBy) {

		static ModelView of(AssetModel m) {
			return new ModelView(m.getId(), m.getManufacturer().getId(), m.getManufacturer().getName(),
					m.getCategoryId(), m.getCommercialName(), m.getCommonName(), m.getDeviceIdentifier(),
					m.getAliases(), m.getVersion(), m.getLastModifiedAt(), m.getLastModifiedBy());
		}
	}

}
