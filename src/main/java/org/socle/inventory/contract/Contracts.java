package org.socle.inventory.contract;

import java.util.List;
import java.util.Optional;

import org.socle.directory.DirectoryApi;
import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier contracts. The asset rule applies to a contract's establishment and owner
 * team: read by the same readers, kept by the owner team's agents and leads and the
 * establishment's administrators. A contract covers only assets its keeper reads.
 */
@Service
@Transactional
public class Contracts {

	private final ContractRepository contracts;

	private final SupplierRepository suppliers;

	private final AssetAccess access;

	private final InventoryApi inventory;

	private final DirectoryApi directory;

	Contracts(ContractRepository contracts, SupplierRepository suppliers, AssetAccess access, InventoryApi inventory,
			DirectoryApi directory) {
		this.contracts = contracts;
		this.suppliers = suppliers;
		this.access = access;
		this.inventory = inventory;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public Contract get(long id) {
		return this.contracts.findById(id)
			.filter(c -> this.access.readers().reads(c.getEstablishmentId(), c.getOwnerTeamId()))
			.orElseThrow(() -> new RecordNotFoundException("Contract", id));
	}

	public boolean keeps(Contract contract) {
		return keeps(contract.getEstablishmentId(), contract.getOwnerTeamId());
	}

	/** The contract if the account keeps it: 404 out of sight, 403 read-only. */
	Contract kept(long id) {
		Contract contract = get(id);
		if (!keeps(contract)) {
			throw new AccessDeniedException("Does not keep contract " + id);
		}
		return contract;
	}

	/** The teams whose contracts the account may write. */
	public List<DirectoryApi.TeamRef> keptTeams() {
		return this.directory.teams().stream().filter(t -> keeps(t.establishmentId(), t.id())).toList();
	}

	Contract create(ContractForm form) {
		check(form, null);
		return this.contracts.saveAndFlush(new Contract(form));
	}

	Contract update(long id, ContractForm form) {
		Contract contract = kept(id);
		if (form.getVersion() != null) {
			contract.checkVersion(form.getVersion());
		}
		check(form, contract);
		contract.update(form);
		return this.contracts.saveAndFlush(contract);
	}

	Contract archive(long id, Long version, String reason) {
		Contract contract = kept(id);
		if (version != null) {
			contract.checkVersion(version);
		}
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		contract.archive(reason.strip());
		return this.contracts.saveAndFlush(contract);
	}

	/** Adds an asset the keeper reads, named by id or inventory number. */
	Contract cover(long id, Long assetId, String inventoryNumber) {
		Contract contract = kept(id);
		AssetRef asset = ((assetId != null) ? this.inventory.asset(assetId)
				: (inventoryNumber != null && !inventoryNumber.isBlank())
						? this.inventory.assetByInventoryNumber(inventoryNumber) : Optional.<AssetRef>empty())
			.filter(this.access::reads)
			.orElseThrow(() -> FieldRuleException.invalid("assetId", "UnknownAsset",
					(assetId != null) ? assetId : inventoryNumber));
		if (!contract.cover(asset.id())) {
			throw FieldRuleException.duplicate("assetId", asset.inventoryNumber());
		}
		return this.contracts.saveAndFlush(contract);
	}

	Contract uncover(long id, long assetId) {
		Contract contract = kept(id);
		if (!contract.uncover(assetId)) {
			throw new RecordNotFoundException("ContractAsset", assetId);
		}
		return this.contracts.saveAndFlush(contract);
	}

	private void check(ContractForm form, Contract current) {
		DirectoryApi.TeamRef team = this.directory.team(form.getOwnerTeamId())
			.orElseThrow(() -> FieldRuleException.invalid("ownerTeamId", "UnknownTeam", form.getOwnerTeamId()));
		if (this.directory.establishmentName(form.getEstablishmentId()).isEmpty()) {
			throw FieldRuleException.invalid("establishmentId", "UnknownEstablishment", form.getEstablishmentId());
		}
		if (!keeps(form.getEstablishmentId(), team.id())) {
			throw new AccessDeniedException("Does not keep contracts of team " + team.id());
		}
		Supplier supplier = this.suppliers.findById(form.getSupplierId())
			.filter(s -> !s.isArchived() || (current != null && s.getId().equals(current.getSupplierId())))
			.orElseThrow(() -> FieldRuleException.invalid("supplierId", "UnknownSupplier", form.getSupplierId()));
		boolean sameReference = current != null && current.getSupplierId().equals(supplier.getId())
				&& current.getReference().equalsIgnoreCase(form.getReference().strip());
		if (!sameReference && this.contracts.existsBySupplierIdAndReferenceIgnoreCase(supplier.getId(),
				form.getReference().strip())) {
			throw FieldRuleException.duplicate("reference", form.getReference().strip());
		}
		form.checkDates();
	}

	/** The asset rule, on a contract's establishment and owner team. */
	private boolean keeps(Long establishmentId, Long ownerTeamId) {
		return this.access.keeps(new AssetRef(0, null, null, null, null, establishmentId, ownerTeamId));
	}

}
