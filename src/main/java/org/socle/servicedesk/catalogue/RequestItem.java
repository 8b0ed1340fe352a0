package org.socle.servicedesk.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.socle.shared.audit.Archivable;

/**
 * A request item of a service ("formulaire de demande"): what staff can ask for, the
 * fields it asks, and who must approve it before the team gets it.
 */
@Entity
@Table(name = "sd_service_item")
public class RequestItem extends Archivable {

	private Long serviceId;

	private String labelFr;

	private String labelEn;

	private String description;

	@Enumerated(EnumType.STRING)
	private ApprovalRule approval;

	private Long approverId;

	private int position;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_service_item_field", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	private List<ItemField> fields = new ArrayList<>();

	protected RequestItem() {
	}

	RequestItem(Long serviceId) {
		this.serviceId = serviceId;
	}

	void update(ItemForm form, List<ItemField> fields) {
		this.labelFr = form.getLabelFr().strip();
		this.labelEn = form.getLabelEn().strip();
		this.description = (form.getDescription() == null || form.getDescription().isBlank()) ? null
				: form.getDescription().strip();
		this.approval = form.getApproval();
		this.approverId = (form.getApproval() == ApprovalRule.NAMED_APPROVER) ? form.getApproverId() : null;
		this.position = (form.getPosition() != null) ? form.getPosition() : 100;
		this.fields.clear();
		this.fields.addAll(fields);
	}

	public String label(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.labelEn : this.labelFr;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public String getDescription() {
		return this.description;
	}

	public ApprovalRule getApproval() {
		return this.approval;
	}

	public Long getApproverId() {
		return this.approverId;
	}

	public int getPosition() {
		return this.position;
	}

	public List<ItemField> getFields() {
		return List.copyOf(this.fields);
	}

}
