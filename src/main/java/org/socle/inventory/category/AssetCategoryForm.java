package org.socle.inventory.category;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a group administrator enters for a category, in a page or through the API. */
public class AssetCategoryForm {

	@NotBlank
	@Size(max = 50)
	@Pattern(regexp = "[A-Za-z0-9_-]*")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private AssetKind kind;

	private DeviceClass deviceClass;

	@NotNull
	private Criticality criticality;

	private Long parentId;

	private List<String> flags = new ArrayList<>();

	/** The version the edit is based on; ignored on creation. */
	private long version;

	static AssetCategoryForm of(AssetCategory c) {
		AssetCategoryForm form = new AssetCategoryForm();
		form.code = c.getCode();
		form.name = c.getName();
		form.kind = c.getKind();
		form.deviceClass = c.getDeviceClass();
		form.criticality = c.getCriticality();
		form.parentId = c.getParentId();
		form.flags = new ArrayList<>(c.getFlags());
		form.version = c.getVersion();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AssetKind getKind() {
		return this.kind;
	}

	public void setKind(AssetKind kind) {
		this.kind = kind;
	}

	public DeviceClass getDeviceClass() {
		return this.deviceClass;
	}

	public void setDeviceClass(DeviceClass deviceClass) {
		this.deviceClass = deviceClass;
	}

	public Criticality getCriticality() {
		return this.criticality;
	}

	public void setCriticality(Criticality criticality) {
		this.criticality = criticality;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public List<String> getFlags() {
		return (this.flags != null) ? this.flags : List.of();
	}

	public void setFlags(List<String> flags) {
		this.flags = flags;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
