package org.socle.inventory.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/**
 * A model of the group's shared catalogue: its manufacturer, its category, its commercial
 * and common names, its UDI device identifier and the other names it is sold under.
 */
@Entity
@Table(name = "inv_model")
@Audited
public class AssetModel extends AuditedEntity implements HasLabel {

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	@JoinColumn(name = "manufacturer_id")
	private Manufacturer manufacturer;

	private Long categoryId;

	private String commercialName;

	private String commonName;

	private String deviceIdentifier;

	@OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("alias")
	private List<ModelAlias> aliases = new ArrayList<>();

	protected AssetModel() {
	}

	AssetModel(Manufacturer manufacturer) {
		this.manufacturer = manufacturer;
	}

	@Override
	public String label() {
		return this.manufacturer.getName() + " " + this.commercialName;
	}

	void update(Manufacturer manufacturer, ModelForm form) {
		this.manufacturer = manufacturer;
		this.categoryId = form.getCategoryId();
		this.commercialName = form.getCommercialName().strip();
		this.commonName = ModelForm.blankToNull(form.getCommonName());
		this.deviceIdentifier = ModelForm.blankToNull(form.getDeviceIdentifier());
		List<String> wanted = form.aliasList();
		this.aliases.removeIf(a -> !wanted.contains(a.getAlias()));
		List<String> kept = this.aliases.stream().map(ModelAlias::getAlias).toList();
		wanted.stream().filter(a -> !kept.contains(a)).forEach(a -> this.aliases.add(new ModelAlias(this, a)));
	}

	public Manufacturer getManufacturer() {
		return this.manufacturer;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public String getCommercialName() {
		return this.commercialName;
	}

	public String getCommonName() {
		return this.commonName;
	}

	public String getDeviceIdentifier() {
		return this.deviceIdentifier;
	}

	public List<String> getAliases() {
		return this.aliases.stream().map(ModelAlias::getAlias).toList();
	}

}
