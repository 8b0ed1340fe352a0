package org.socle.servicedesk.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service as its owner team's lead writes it, in a page or through the API. */
public class ServiceForm {

	@NotNull
	private Long ownerTeamId;

	@NotBlank
	@Size(max = 200)
	private String nameFr;

	@NotBlank
	@Size(max = 200)
	private String nameEn;

	/** For staff and agents, in Markdown. */
	@Size(max = 20000)
	private String description;

	@NotNull
	private ServiceStatus status = ServiceStatus.IN_DESIGN;

	/** The priority the team usually gives it (1 highest … 5), shown to agents. */
	@Min(1)
	@Max(5)
	private Integer priorityHint;

	/** The establishments it serves. */
	private List<Long> customerIds = new ArrayList<>();

	/** Some departments of those establishments, when it serves only them (optional). */
	private List<Long> departmentIds = new ArrayList<>();

	/** Other services it relies on. */
	private List<Long> supportingIds = new ArrayList<>();

	/** The version an edit is based on; ignored on creation. */
	private Long version;

	static ServiceForm of(ServiceOffering service) {
		ServiceForm form = new ServiceForm();
		form.ownerTeamId = service.getOwnerTeamId();
		form.nameFr = service.getNameFr();
		form.nameEn = service.getNameEn();
		form.description = service.getDescription();
		form.status = service.getStatus();
		form.priorityHint = service.getPriorityHint();
		form.customerIds = new ArrayList<>(service.getCustomerIds());
		form.departmentIds = new ArrayList<>(service.getDepartmentIds());
		form.supportingIds = new ArrayList<>(service.getSupportingIds());
		form.version = service.getVersion();
		return form;
	}

	/** A list as typed, without the empty entries a form or a client may send. */
	private static List<Long> withoutBlanks(List<Long> ids) {
		return (ids != null) ? new ArrayList<>(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
				: new ArrayList<>();
	}

	public Long getOwnerTeamId() {
		return this.ownerTeamId;
	}

	public void setOwnerTeamId(Long ownerTeamId) {
		this.ownerTeamId = ownerTeamId;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ServiceStatus getStatus() {
		return this.status;
	}

	public void setStatus(ServiceStatus status) {
		this.status = status;
	}

	public Integer getPriorityHint() {
		return this.priorityHint;
	}

	public void setPriorityHint(Integer priorityHint) {
		this.priorityHint = priorityHint;
	}

	public List<Long> getCustomerIds() {
		return this.customerIds;
	}

	public void setCustomerIds(List<Long> customerIds) {
		this.customerIds = withoutBlanks(customerIds);
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = withoutBlanks(departmentIds);
	}

	public List<Long> getSupportingIds() {
		return this.supportingIds;
	}

	public void setSupportingIds(List<Long> supportingIds) {
		this.supportingIds = withoutBlanks(supportingIds);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
