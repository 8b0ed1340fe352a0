package org.socle.inventory.relation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A catalogue service that relies on the asset. */
public class ServiceLinkForm {

	@NotNull
	@Positive
	private Long serviceId;

	@Size(max = 500)
	private String note;

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
