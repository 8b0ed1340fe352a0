package org.socle.inventory.category;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/**
 * A category of the register (infusion pumps, workstations, lifts...): the kind of its
 * assets, their device class, their default criticality and the regulatory flags they
 * carry (codes of {@link RegulatoryFlag}).
 */
@Entity
@Table(name = "inv_category")
@Audited
public class AssetCategory extends Archivable implements HasLabel {

	private Long parentId;

	@Enumerated(EnumType.STRING)
	private AssetKind kind;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private DeviceClass deviceClass;

	@Enumerated(EnumType.STRING)
	private Criticality criticality;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inv_category_flag", joinColumns = @JoinColumn(name = "category_id"))
	@Column(name = "flag_code")
	private Set<String> flags = new TreeSet<>();

	protected AssetCategory() {
	}

	public AssetCategory(String code) {
		this.code = code;
	}

	@Override
	public String label() {
		return this.name;
	}

	void update(AssetCategoryForm form) {
		this.code = form.getCode().strip().toUpperCase(java.util.Locale.ROOT);
		this.name = form.getName().strip();
		this.kind = form.getKind();
		this.deviceClass = (form.getKind() == AssetKind.MEDICAL_DEVICE) ? form.getDeviceClass() : null;
		this.criticality = form.getCriticality();
		this.parentId = form.getParentId();
		this.flags.clear();
		this.flags.addAll(form.getFlags());
	}

	public Long getParentId() {
		return this.parentId;
	}

	public AssetKind getKind() {
		return this.kind;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public DeviceClass getDeviceClass() {
		return this.deviceClass;
	}

	public Criticality getCriticality() {
		return this.criticality;
	}

	public Set<String> getFlags() {
		return Set.copyOf(this.flags);
	}

}
