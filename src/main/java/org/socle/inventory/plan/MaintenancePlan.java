package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.inventory.workorder.WorkOrderType;
import org.socle.shared.audit.Archivable;

/**
 * A maintenance plan (plan de maintenance): recurring work or control attached to a
 * category, a model or one asset, producing work orders of one type; its checklist, its
 * trigger (days or months, and/or a meter), anchored or floating recurrence, tolerance
 * window, lead time, performer and legal basis, and the plans it contains.
 */
@Entity
@Table(name = "inv_plan")
@Audited
public class MaintenancePlan extends Archivable {

	private String name;

	private Long categoryId;

	private Long modelId;

	private Long assetId;

	@Enumerated(EnumType.STRING)
	private WorkOrderType workOrderType;

	private Integer intervalDays;

	private Integer intervalMonths;

	@Enumerated(EnumType.STRING)
	private MeterKind meterKind;

	private BigDecimal meterInterval;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	private int windowBeforeDays;

	private int windowAfterDays;

	private int leadDays;

	@Enumerated(EnumType.STRING)
	private Performer performer;

	private Long supplierId;

	private String legalBasis;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inv_plan_task", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<PlanTask> tasks = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inv_plan_nested", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "contained_id")
	private Set<Long> containedPlanIds = new HashSet<>();

	protected MaintenancePlan() {
	}

	MaintenancePlan(PlanForm form) {
		update(form);
	}

	void update(PlanForm form) {
		this.name = form.getName().strip();
		this.categoryId = form.getCategoryId();
		this.modelId = form.getModelId();
		this.assetId = form.getAssetId();
		this.workOrderType = form.getWorkOrderType();
		this.intervalDays = form.getIntervalDays();
		this.intervalMonths = form.getIntervalMonths();
		this.meterKind = (form.getMeterInterval() != null) ? form.getMeterKind() : null;
		this.meterInterval = form.getMeterInterval();
		this.recurrence = form.getRecurrence();
		this.windowBeforeDays = form.getWindowBeforeDays();
		this.windowAfterDays = form.getWindowAfterDays();
		this.leadDays = form.getLeadDays();
		this.performer = form.getPerformer();
		this.supplierId = form.getSupplierId();
		this.legalBasis = blankToNull(form.getLegalBasis());
		this.tasks.clear();
		form.getTasks()
			.forEach(t -> this.tasks.add(new PlanTask(t.getLabel().strip(), blankToNull(t.getUnit()), t.getLowerLimit(),
					t.getUpperLimit())));
		this.containedPlanIds.clear();
		this.containedPlanIds.addAll(form.getContainedPlanIds());
	}

	/** The plan's own trigger, before any asset's override. */
	public Trigger trigger() {
		return new Trigger(this.intervalDays, this.intervalMonths, this.meterKind, this.meterInterval, this.recurrence);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getName() {
		return this.name;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public Long getModelId() {
		return this.modelId;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public WorkOrderType getWorkOrderType() {
		return this.workOrderType;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public Integer getIntervalMonths() {
		return this.intervalMonths;
	}

	public MeterKind getMeterKind() {
		return this.meterKind;
	}

	public BigDecimal getMeterInterval() {
		return this.meterInterval;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public int getWindowBeforeDays() {
		return this.windowBeforeDays;
	}

	public int getWindowAfterDays() {
		return this.windowAfterDays;
	}

	public int getLeadDays() {
		return this.leadDays;
	}

	public Performer getPerformer() {
		return this.performer;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public List<PlanTask> getTasks() {
		return List.copyOf(this.tasks);
	}

	public Set<Long> getContainedPlanIds() {
		return Set.copyOf(this.containedPlanIds);
	}

}
