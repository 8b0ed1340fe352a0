package org.socle.inventory.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.inventory.AssetRef;
import org.socle.inventory.category.AssetKind;
import org.socle.inventory.category.Criticality;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/**
 * One item of the register (medical device, IT item, technical equipment). Its status
 * changes only along {@link AssetStatus}'s table and its place (establishment, location,
 * department) only through a recorded move; neither is set by the edit form. Never
 * deleted: retired and disposed assets stay.
 */
@Entity
@Table(name = "inv_asset")
@Audited
public class Asset extends AuditedEntity implements HasLabel {

	@Enumerated(EnumType.STRING)
	private AssetKind kind;

	private String inventoryNumber;

	private String name;

	private String serialNumber;

	private Long categoryId;

	private Long modelId;

	private Long establishmentId;

	private Long ownerTeamId;

	private Long locationId;

	private Long departmentId;

	private Long parentId;

	@Enumerated(EnumType.STRING)
	private AssetStatus status;

	private String udiDeviceIdentifier;

	private String lotNumber;

	private LocalDate manufacturedOn;

	private LocalDate expiresOn;

	private Long supplierId;

	private String orderReference;

	private BigDecimal acquisitionCost;

	private String funding;

	private LocalDate firstInServiceOn;

	private LocalDate warrantyEndOn;

	private String softwareVersion;

	@Enumerated(EnumType.STRING)
	private Criticality criticality;

	private String criticalityReason;

	@Column(columnDefinition = "text")
	private String notes;

	protected Asset() {
	}

	Asset(AssetStatus status, Long establishmentId) {
		this.status = status;
		this.establishmentId = establishmentId;
	}

	@Override
	public String label() {
		return this.inventoryNumber;
	}

	/** The asset as other modules and the access rule see it. */
	public AssetRef ref() {
		return new AssetRef(getId(), this.inventoryNumber, (this.name != null) ? this.name : this.inventoryNumber,
				this.kind.name(), this.status.name(), this.establishmentId, this.ownerTeamId);
	}

	/** Applies the edit form (not the status nor the place). */
	void update(AssetForm form, AssetKind kind, Criticality override, String overrideReason) {
		this.kind = kind;
		this.inventoryNumber = form.normalisedNumber();
		this.name = AssetForm.blankToNull(form.getName());
		this.serialNumber = AssetForm.blankToNull(form.getSerialNumber());
		this.categoryId = form.getCategoryId();
		this.modelId = form.getModelId();
		this.ownerTeamId = form.getOwnerTeamId();
		this.parentId = form.getParentId();
		this.udiDeviceIdentifier = AssetForm.blankToNull(form.getUdiDeviceIdentifier());
		this.lotNumber = AssetForm.blankToNull(form.getLotNumber());
		this.manufacturedOn = form.getManufacturedOn();
		this.expiresOn = form.getExpiresOn();
		this.orderReference = AssetForm.blankToNull(form.getOrderReference());
		this.acquisitionCost = form.getAcquisitionCost();
		this.funding = AssetForm.blankToNull(form.getFunding());
		this.firstInServiceOn = form.getFirstInServiceOn();
		this.warrantyEndOn = form.getWarrantyEndOn();
		this.softwareVersion = AssetForm.blankToNull(form.getSoftwareVersion());
		this.criticality = override;
		this.criticalityReason = overrideReason;
		this.notes = AssetForm.blankToNull(form.getNotes());
	}

	void moveTo(AssetStatus to) {
		this.status = to;
	}

	void placeAt(Long establishmentId, Long locationId, Long departmentId) {
		this.establishmentId = establishmentId;
		this.locationId = locationId;
		this.departmentId = departmentId;
	}

	void firstInService(LocalDate on) {
		if (this.firstInServiceOn == null) {
			this.firstInServiceOn = on;
		}
	}

	public AssetKind getKind() {
		return this.kind;
	}

	public String getInventoryNumber() {
		return this.inventoryNumber;
	}

	public String getName() {
		return this.name;
	}

	public String getSerialNumber() {
		return this.serialNumber;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public Long getModelId() {
		return this.modelId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public Long getOwnerTeamId() {
		return this.ownerTeamId;
	}

	public Long getLocationId() {
		return this.locationId;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public AssetStatus getStatus() {
		return this.status;
	}

	public String getUdiDeviceIdentifier() {
		return this.udiDeviceIdentifier;
	}

	public String getLotNumber() {
		return this.lotNumber;
	}

	public LocalDate getManufacturedOn() {
		return this.manufacturedOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public String getOrderReference() {
		return this.orderReference;
	}

	public BigDecimal getAcquisitionCost() {
		return this.acquisitionCost;
	}

	public String getFunding() {
		return this.funding;
	}

	public LocalDate getFirstInServiceOn() {
		return this.firstInServiceOn;
	}

	public LocalDate getWarrantyEndOn() {
		return this.warrantyEndOn;
	}

	public String getSoftwareVersion() {
		return this.softwareVersion;
	}

	public Criticality getCriticality() {
		return this.criticality;
	}

	public String getCriticalityReason() {
		return this.criticalityReason;
	}

	public String getNotes() {
		return this.notes;
	}

}
