package org.socle.inventory.contract;

import java.util.List;
import java.util.Locale;

import org.socle.directory.CurrentAccess;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's suppliers: read by every worker (any role but staff), kept by group
 * administrators like the other referentials of the inventory. Names are unique.
 */
@Service
@Transactional
public class Suppliers {

	private final SupplierRepository suppliers;

	private final AssetAccess assets;

	private final CurrentAccess access;

	Suppliers(SupplierRepository suppliers, AssetAccess assets, CurrentAccess access) {
		this.suppliers = suppliers;
		this.assets = assets;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<Supplier> list(String q, boolean withArchived) {
		checkReads();
		String words = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		return this.suppliers.findAllByOrderByNameAsc()
			.stream()
			.filter(s -> withArchived || !s.isArchived())
			.filter(s -> words.isEmpty() || s.getName().toLowerCase(Locale.ROOT).contains(words))
			.toList();
	}

	@Transactional(readOnly = true)
	public Supplier get(long id) {
		checkReads();
		return this.suppliers.findById(id).orElseThrow(() -> new RecordNotFoundException("Supplier", id));
	}

	Supplier create(SupplierForm form) {
		checkKeeps();
		checkUnique(form, null);
		return this.suppliers.saveAndFlush(new Supplier(form));
	}

	Supplier update(long id, SupplierForm form) {
		Supplier supplier = kept(id);
		if (form.getVersion() != null) {
			supplier.checkVersion(form.getVersion());
		}
		checkUnique(form, supplier.getId());
		supplier.update(form);
		return this.suppliers.saveAndFlush(supplier);
	}

	Supplier archive(long id, Long version, boolean archived) {
		Supplier supplier = kept(id);
		if (version != null) {
			supplier.checkVersion(version);
		}
		if (archived) {
			supplier.archive();
		}
		else {
			supplier.restore();
		}
		return this.suppliers.saveAndFlush(supplier);
	}

	public boolean keeps() {
		return this.assets.keepsReferentials();
	}

	private Supplier kept(long id) {
		Supplier supplier = get(id);
		checkKeeps();
		return supplier;
	}

	private void checkUnique(SupplierForm form, Long id) {
		this.suppliers.findByNameIgnoreCase(form.getName().strip()).filter(s -> !s.getId().equals(id)).ifPresent(s -> {
			throw FieldRuleException.duplicate("name", form.getName().strip());
		});
	}

	private void checkReads() {
		if (!this.access.scope().worksBeyondThePortal()) {
			throw new AccessDeniedException("Suppliers are read by workers");
		}
	}

	/** Refuses (403) an account that does not keep the suppliers. */
	void checkKeeps() {
		if (!keeps()) {
			throw new AccessDeniedException("Suppliers are kept by group administrators");
		}
	}

}
