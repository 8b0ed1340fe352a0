package org.socle.servicedesk.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request item as its service's keeper writes it, with its field rows (rows left with
 * no label, or marked for removal, are dropped).
 */
public class ItemForm {

	@NotBlank
	@Size(max = 200)
	private String labelFr;

	@NotBlank
	@Size(max = 200)
	private String labelEn;

	@Size(max = 2000)
	private String description;

	@NotNull
	private ApprovalRule approval = ApprovalRule.NONE;

	/** The approver of a NAMED_APPROVER item: a person of the directory. */
	private Long approverId;

	@Min(0)
	@Max(10000)
	private Integer position;

	private List<@Valid FieldRow> fields = new ArrayList<>();

	private Long version;

	static ItemForm of(RequestItem item) {
		ItemForm form = new ItemForm();
		form.labelFr = item.getLabelFr();
		form.labelEn = item.getLabelEn();
		form.description = item.getDescription();
		form.approval = item.getApproval();
		form.approverId = item.getApproverId();
		form.position = item.getPosition();
		item.getFields().forEach(f -> form.fields.add(FieldRow.of(f)));
		form.version = item.getVersion();
		return form;
	}

	/** Adds blank rows at the end so that a page can offer new fields. */
	ItemForm withBlankRows(int count) {
		for (int i = 0; i < count; i++) {
			this.fields.add(new FieldRow());
		}
		return this;
	}

	/** One field row of the editor. */
	public static class FieldRow {

		private FieldKind kind = FieldKind.TEXT;

		@Size(max = 200)
		private String labelFr;

		@Size(max = 200)
		private String labelEn;

		private boolean required;

		/** The choices of a CHOICE field, one a line. */
		@Size(max = 4000)
		private String options;

		/** Ticked in the editor to drop the row. */
		private boolean remove;

		static FieldRow of(ItemField field) {
			FieldRow row = new FieldRow();
			row.kind = field.getKind();
			row.labelFr = field.getLabelFr();
			row.labelEn = field.getLabelEn();
			row.required = field.isRequired();
			row.options = String.join("\n", field.options());
			return row;
		}

		/** Whether the row says nothing (an unused blank row of the editor). */
		boolean isBlank() {
			return (this.labelFr == null || this.labelFr.isBlank()) && (this.labelEn == null || this.labelEn.isBlank());
		}

		public FieldKind getKind() {
			return this.kind;
		}

		public void setKind(FieldKind kind) {
			this.kind = kind;
		}

		public String getLabelFr() {
			return this.labelFr;
		}

		public void setLabelFr(String labelFr) {
			this.labelFr = labelFr;
		}

		public String getLabelEn() {
			return this.labelEn;
		}

		public void setLabelEn(String labelEn) {
			this.labelEn = labelEn;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getOptions() {
			return this.options;
		}

		public void setOptions(String options) {
			this.options = options;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public void setLabelFr(String labelFr) {
		this.labelFr = labelFr;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ApprovalRule getApproval() {
		return this.approval;
	}

	public void setApproval(ApprovalRule approval) {
		this.approval = approval;
	}

	public Long getApproverId() {
		return this.approverId;
	}

	public void setApproverId(Long approverId) {
		this.approverId = approverId;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public List<FieldRow> getFields() {
		return this.fields;
	}

	public void setFields(List<FieldRow> fields) {
		this.fields = (fields != null) ? new ArrayList<>(fields) : new ArrayList<>();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
