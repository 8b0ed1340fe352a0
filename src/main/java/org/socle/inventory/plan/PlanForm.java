package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.socle.inventory.workorder.WorkOrderType;

/**
 * What one enters for a maintenance plan, from the page or the API. {@link PlanRules}
 * checks it; nothing is written when a rule is broken.
 */
public class PlanForm {

	private String name;

	private Long categoryId;

	private Long modelId;

	private Long assetId;

	private WorkOrderType workOrderType;

	private Integer intervalDays;

	private Integer intervalMonths;

	private MeterKind meterKind;

	private BigDecimal meterInterval;

	private Recurrence recurrence;

	private int windowBeforeDays;

	private int windowAfterDays;

	private int leadDays;

	private Performer performer;

	private Long supplierId;

	private String legalBasis;

	private List<Task> tasks = new ArrayList<>();

	private Set<Long> containedPlanIds = new HashSet<>();

	private Long version;

	static PlanForm of(MaintenancePlan p) {
		PlanForm form = new PlanForm();
		form.name = p.getName();
		form.categoryId = p.getCategoryId();
		form.modelId = p.getModelId();
		form.assetId = p.getAssetId();
		form.workOrderType = p.getWorkOrderType();
		form.intervalDays = p.getIntervalDays();
		form.intervalMonths = p.getIntervalMonths();
		form.meterKind = p.getMeterKind();
		form.meterInterval = p.getMeterInterval();
		form.recurrence = p.getRecurrence();
		form.windowBeforeDays = p.getWindowBeforeDays();
		form.windowAfterDays = p.getWindowAfterDays();
		form.leadDays = p.getLeadDays();
		form.performer = p.getPerformer();
		form.supplierId = p.getSupplierId();
		form.legalBasis = p.getLegalBasis();
		form.tasks = new ArrayList<>(p.getTasks()
			.stream()
			.map(t -> new Task(t.getLabel(), t.getUnit(), t.getLowerLimit(), t.getUpperLimit()))
			.toList());
		form.containedPlanIds = new HashSet<>(p.getContainedPlanIds());
		form.version = p.getVersion();
		return form;
	}

	/** Adds empty checklist rows up to {@code rows} (for the page's editor). */
	PlanForm withBlankTasks(int rows) {
		while (this.tasks.size() < rows) {
			this.tasks.add(new Task());
		}
		return this;
	}

	/** One checklist item as entered. */
	public static class Task {

		private String label;

		private String unit;

		private BigDecimal lowerLimit;

		private BigDecimal upperLimit;

		public Task() {
		}

		public Task(String label, String unit, BigDecimal lowerLimit, BigDecimal upperLimit) {
			this.label = label;
			this.unit = unit;
			this.lowerLimit = lowerLimit;
			this.upperLimit = upperLimit;
		}

		boolean isBlank() {
			return (this.label == null || this.label.isBlank()) && (this.unit == null || this.unit.isBlank())
					&& this.lowerLimit == null && this.upperLimit == null;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getLowerLimit() {
			return this.lowerLimit;
		}

		public void setLowerLimit(BigDecimal lowerLimit) {
			this.lowerLimit = lowerLimit;
		}

		public BigDecimal getUpperLimit() {
			return this.upperLimit;
		}

		public void setUpperLimit(BigDecimal upperLimit) {
			this.upperLimit = upperLimit;
		}

	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public Long getAssetId() {
		return this.assetId;
	}

	public void setAssetId(Long assetId) {
		this.assetId = assetId;
	}

	public WorkOrderType getWorkOrderType() {
		return this.workOrderType;
	}

	public void setWorkOrderType(WorkOrderType workOrderType) {
		this.workOrderType = workOrderType;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public void setIntervalDays(Integer intervalDays) {
		this.intervalDays = intervalDays;
	}

	public Integer getIntervalMonths() {
		return this.intervalMonths;
	}

	public void setIntervalMonths(Integer intervalMonths) {
		this.intervalMonths = intervalMonths;
	}

	public MeterKind getMeterKind() {
		return this.meterKind;
	}

	public void setMeterKind(MeterKind meterKind) {
		this.meterKind = meterKind;
	}

	public BigDecimal getMeterInterval() {
		return this.meterInterval;
	}

	public void setMeterInterval(BigDecimal meterInterval) {
		this.meterInterval = meterInterval;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public void setRecurrence(Recurrence recurrence) {
		this.recurrence = recurrence;
	}

	public int getWindowBeforeDays() {
		return this.windowBeforeDays;
	}

	public void setWindowBeforeDays(int windowBeforeDays) {
		this.windowBeforeDays = windowBeforeDays;
	}

	public int getWindowAfterDays() {
		return this.windowAfterDays;
	}

	public void setWindowAfterDays(int windowAfterDays) {
		this.windowAfterDays = windowAfterDays;
	}

	public int getLeadDays() {
		return this.leadDays;
	}

	public void setLeadDays(int leadDays) {
		this.leadDays = leadDays;
	}

	public Performer getPerformer() {
		return this.performer;
	}

	public void setPerformer(Performer performer) {
		this.performer = performer;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public void setSupplierId(Long supplierId) {
		this.supplierId = supplierId;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public List<Task> getTasks() {
		return this.tasks;
	}

	public void setTasks(List<Task> tasks) {
		this.tasks = (tasks != null) ? new ArrayList<>(tasks) : new ArrayList<>();
	}

	public Set<Long> getContainedPlanIds() {
		return this.containedPlanIds;
	}

	public void setContainedPlanIds(Set<Long> containedPlanIds) {
		this.containedPlanIds = (containedPlanIds != null) ? new HashSet<>(containedPlanIds) : new HashSet<>();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
