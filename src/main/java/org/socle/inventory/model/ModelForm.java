package org.socle.inventory.model;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a group administrator enters for a model: the manufacturer by name (created when
 * new), the category, the names, and the aliases one per line.
 */
public class ModelForm {

	@NotBlank
	@Size(max = 200)
	private String manufacturer;

	@NotNull
	private Long categoryId;

	@NotBlank
	@Size(max = 200)
	private String commercialName;

	@Size(max = 200)
	private String commonName;

	@Size(max = 60)
	private String deviceIdentifier;

	/** One alias per line. */
	@Size(max = 4000)
	private String aliases;

	private long version;

	static ModelForm of(AssetModel m) {
		ModelForm form = new ModelForm();
		form.manufacturer = m.getManufacturer().getName();
		form.categoryId = m.getCategoryId();
		form.commercialName = m.getCommercialName();
		form.commonName = m.getCommonName();
		form.deviceIdentifier = m.getDeviceIdentifier();
		form.aliases = String.join("\n", m.getAliases());
		form.version = m.getVersion();
		return form;
	}

	/** The aliases, stripped, without blanks nor duplicates. */
	List<String> aliasList() {
		if (this.aliases == null) {
			return List.of();
		}
		return Arrays.stream(this.aliases.split("\\R"))
			.map(String::strip)
			.filter(a -> !a.isEmpty())
			.distinct()
			.toList();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getManufacturer() {
		return this.manufacturer;
	}

	public void setManufacturer(String manufacturer) {
		this.manufacturer = manufacturer;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getCommercialName() {
		return this.commercialName;
	}

	public void setCommercialName(String commercialName) {
		this.commercialName = commercialName;
	}

	public String getCommonName() {
		return this.commonName;
	}

	public void setCommonName(String commonName) {
		this.commonName = commonName;
	}

	public String getDeviceIdentifier() {
		return this.deviceIdentifier;
	}

	public void setDeviceIdentifier(String deviceIdentifier) {
		this.deviceIdentifier = deviceIdentifier;
	}

	public String getAliases() {
		return this.aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
