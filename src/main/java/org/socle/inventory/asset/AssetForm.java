package org.socle.inventory.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.socle.inventory.category.Criticality;

/**
 * What a user enters to register or edit an asset, in a page or through the API. The
 * establishment, location, department and status are read on creation only: afterwards
 * they change through moves and transitions. A criticality given here overrides the
 * category's and needs a justification.
 */
public class AssetForm {

	@NotBlank
	@Size(max = 60)
	private String inventoryNumber;

	@Size(max = 200)
	private String name;

	@Size(max = 100)
	private String serialNumber;

	@NotNull
	private Long categoryId;

	private Long modelId;

	private Long establishmentId;

	@NotNull
	private Long ownerTeamId;

	private Long locationId;

	private Long departmentId;

	private Long parentId;

	private AssetStatus status;

	@Size(max = 60)
	private String udiDeviceIdentifier;

	@Size(max = 60)
	private String lotNumber;

	private LocalDate manufacturedOn;

	private LocalDate expiresOn;

	@Size(max = 100)
	private String orderReference;

	@PositiveOrZero
	@Digits(integer = 12, fraction = 2)
	private BigDecimal acquisitionCost;

	@Size(max = 200)
	private String funding;

	private LocalDate firstInServiceOn;

	private LocalDate warrantyEndOn;

	@Size(max = 100)
	private String softwareVersion;

	private Criticality criticality;

	@Size(max = 500)
	private String criticalityReason;

	@Size(max = 10000)
	private String notes;

	private long version;

	public static AssetForm of(Asset a) {
		AssetForm form = new AssetForm();
		form.inventoryNumber = a.getInventoryNumber();
		form.name = a.getName();
		form.serialNumber = a.getSerialNumber();
		form.categoryId = a.getCategoryId();
		form.modelId = a.getModelId();
		form.establishmentId = a.getEstablishmentId();
		form.ownerTeamId = a.getOwnerTeamId();
		form.locationId = a.getLocationId();
		form.departmentId = a.getDepartmentId();
		form.parentId = a.getParentId();
		form.status = a.getStatus();
		form.udiDeviceIdentifier = a.getUdiDeviceIdentifier();
		form.lotNumber = a.getLotNumber();
		form.manufacturedOn = a.getManufacturedOn();
		form.expiresOn = a.getExpiresOn();
		form.orderReference = a.getOrderReference();
		form.acquisitionCost = a.getAcquisitionCost();
		form.funding = a.getFunding();
		form.firstInServiceOn = a.getFirstInServiceOn();
		form.warrantyEndOn = a.getWarrantyEndOn();
		form.softwareVersion = a.getSoftwareVersion();
		form.criticality = a.getCriticality();
		form.criticalityReason = a.getCriticalityReason();
		form.notes = a.getNotes();
		form.version = a.getVersion();
		return form;
	}

	String normalisedNumber() {
		return this.inventoryNumber.strip();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getInventoryNumber() {
		return this.inventoryNumber;
	}

	public void setInventoryNumber(String inventoryNumber) {
		this.inventoryNumber = inventoryNumber;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSerialNumber() {
		return this.serialNumber;
	}

	public void setSerialNumber(String serialNumber) {
		this.serialNumber = serialNumber;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Long getModelId() {
		return this.modelId;
	}

	public void setModelId(Long modelId) {
		this.modelId = modelId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getOwnerTeamId() {
		return this.ownerTeamId;
	}

	public void setOwnerTeamId(Long ownerTeamId) {
		this.ownerTeamId = ownerTeamId;
	}

	public Long getLocationId() {
		return this.locationId;
	}

	public void setLocationId(Long locationId) {
		this.locationId = locationId;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public AssetStatus getStatus() {
		return this.status;
	}

	public void setStatus(AssetStatus status) {
		this.status = status;
	}

	public String getUdiDeviceIdentifier() {
		return this.udiDeviceIdentifier;
	}

	public void setUdiDeviceIdentifier(String udiDeviceIdentifier) {
		this.udiDeviceIdentifier = udiDeviceIdentifier;
	}

	public String getLotNumber() {
		return this.lotNumber;
	}

	public void setLotNumber(String lotNumber) {
		this.lotNumber = lotNumber;
	}

	public LocalDate getManufacturedOn() {
		return this.manufacturedOn;
	}

	public void setManufacturedOn(LocalDate manufacturedOn) {
		this.manufacturedOn = manufacturedOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public String getOrderReference() {
		return this.orderReference;
	}

	public void setOrderReference(String orderReference) {
		this.orderReference = orderReference;
	}

	public BigDecimal getAcquisitionCost() {
		return this.acquisitionCost;
	}

	public void setAcquisitionCost(BigDecimal acquisitionCost) {
		this.acquisitionCost = acquisitionCost;
	}

	public String getFunding() {
		return this.funding;
	}

	public void setFunding(String funding) {
		this.funding = funding;
	}

	public LocalDate getFirstInServiceOn() {
		return this.firstInServiceOn;
	}

	public void setFirstInServiceOn(LocalDate firstInServiceOn) {
		this.firstInServiceOn = firstInServiceOn;
	}

	public LocalDate getWarrantyEndOn() {
		return this.warrantyEndOn;
	}

	public void setWarrantyEndOn(LocalDate warrantyEndOn) {
		this.warrantyEndOn = warrantyEndOn;
	}

	public String getSoftwareVersion() {
		return this.softwareVersion;
	}

	public void setSoftwareVersion(String softwareVersion) {
		this.softwareVersion = softwareVersion;
	}

	public Criticality getCriticality() {
		return this.criticality;
	}

	public void setCriticality(Criticality criticality) {
		this.criticality = criticality;
	}

	public String getCriticalityReason() {
		return this.criticalityReason;
	}

	public void setCriticalityReason(String criticalityReason) {
		this.criticalityReason = criticalityReason;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
