package org.socle.inventory.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.socle.inventory.contract.ContractQueries.CoveredAssets;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of contracts (list with filters, read, create, update on the version seen,
 * archive, covered assets) and suppliers (read).
 */
@RestController
class ContractApi {

	private final Contracts contracts;

	private final ContractQueries queries;

	private final Suppliers suppliers;

	ContractApi(Contracts contracts, ContractQueries queries, Suppliers suppliers) {
		this.contracts = contracts;
		this.queries = queries;
		this.suppliers = suppliers;
	}

	@GetMapping("/api/v1/contracts")
	List<ContractRow> list(@ModelAttribute ContractFilter filter) {
		return this.queries.list(filter);
	}

	@GetMapping("/api/v1/contracts/{id}")
	ContractJson get(@PathVariable long id) {
		return ContractJson.of(this.contracts.get(id));
	}

	@PostMapping("/api/v1/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	ContractJson create(@Valid @RequestBody ContractForm form) {
		return ContractJson.of(this.contracts.create(form));
	}

	@PutMapping("/api/v1/contracts/{id}")
	ContractJson update(@PathVariable long id, @Valid @RequestBody ContractForm form) {
		return ContractJson.of(this.contracts.update(id, form));
	}

	@PostMapping("/api/v1/contracts/{id}/archive")
	ContractJson archive(@PathVariable long id, @RequestBody Archiving archiving) {
		return ContractJson.of(this.contracts.archive(id, archiving.version(), archiving.reason()));
	}

	@GetMapping("/api/v1/contracts/{id}/assets")
	CoveredAssets assets(@PathVariable long id) {
		return this.queries.coveredAssets(this.contracts.get(id));
	}

	@PostMapping("/api/v1/contracts/{id}/assets")
	ContractJson cover(@PathVariable long id, @RequestBody Covering covering) {
		return ContractJson.of(this.contracts.cover(id, covering.assetId(), covering.inventoryNumber()));
	}

	@PostMapping("/api/v1/contracts/{id}/assets/{assetId}/remove")
	ContractJson uncover(@PathVariable long id, @PathVariable long assetId) {
		return ContractJson.of(this.contracts.uncover(id, assetId));
	}

	@GetMapping("/api/v1/suppliers")
	List<SupplierJson> suppliers(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean archived) {
		return this.suppliers.list(q, archived).stream().map(SupplierJson::of).toList();
	}

	record Archiving(Long version, String reason) {
	}

	record Covering(Long assetId, String inventoryNumber) {
	}

	record SupplierJson(long id, long version, String name, String contact, String email, String phone,
			boolean archived) {

		static SupplierJson of(Supplier s) {
			return new SupplierJson(s.getId(), s.getVersion(), s.getName(), s.getContact(), s.getEmail(), s.getPhone(),
					s.isArchived());
		}

	}

	record ContractJson(long id, long version, ContractKind kind, long supplierId, String reference, String title,
			long establishmentId, long ownerTeamId, LocalDate startsOn, LocalDate endsOn, Integer noticeDays,
			LocalDate noticeOn, boolean tacitRenewal, Integer renewalMonths, Integer responseHours,
			Integer visitsPerYear, BigDecimal yearlyCost, String notes, Set<Long> assetIds, boolean archived,
			String archiveReason, Instant createdAt, String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static ContractJson of(Contract c) {
			return new ContractJson(c.getId(), c.getVersion(), c.getKind(), c.getSupplierId(), c.getReference(),
					c.getTitle(), c.getEstablishmentId(), c.getOwnerTeamId(), c.getStartsOn(), c.getEndsOn(),
					c.getNoticeDays(), c.getNoticeOn(), c.isTacitRenewal(), c.getRenewalMonths(), c.getResponseHours(),
					c.getVisitsPerYear(), c.getYearlyCost(), c.getNotes(), c.getAssetIds(), c.isArchived(),
					c.getArchiveReason(), c.getCreatedAt(), c.getCreatedBy(), c.getLastModifiedAt(),
					c.getLastModifiedBy());
		}

	}

}
