package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.socle.inventory.workorder.WorkOrderType;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of maintenance plans. */
@RestController
@RequestMapping("/api/v1/maintenance-plans")
class PlanApi {

	private final Plans plans;

	PlanApi(Plans plans) {
		this.plans = plans;
	}

	/** The plans the account reads (workers; a plan of one asset for its readers). */
	@GetMapping
	List<PlanView> list() {
		return this.plans.visible().stream().map(PlanView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PlanView create(@RequestBody PlanForm form) {
		return PlanView.of(this.plans.create(form));
	}

	@GetMapping("/{id}")
	PlanView get(@PathVariable Long id) {
		return PlanView.of(this.plans.get(id));
	}

	/** Replaces the plan's fields, checklist and nested plans, at the version seen. */
	@PutMapping("/{id}")
	PlanView update(@PathVariable Long id, @RequestBody PlanForm form) {
		return PlanView.of(this.plans.update(id, form));
	}

	@PostMapping("/{id}/archive")
	PlanView archive(@PathVariable Long id, @RequestBody ArchiveCommand command) {
		return PlanView.of(this.plans.archive(id, command.reason(), command.version()));
	}

	record ArchiveCommand(String reason, Long version) {
	}

	record TaskView(int position, String label, String unit, BigDecimal lowerLimit, BigDecimal upperLimit) {
	}

	/** A plan as the API shows it. */
	record PlanView(Long id, String name, Long categoryId, Long modelId, Long assetId, WorkOrderType workOrderType,
			Integer intervalDays, Integer intervalMonths, MeterKind meterKind, BigDecimal meterInterval,
			Recurrence recurrence, int windowBeforeDays, int windowAfterDays, int leadDays, Performer performer,
			Long supplierId, String legalBasis, List<TaskView> tasks, Set<Long> containedPlanIds, boolean archived,
			String archiveReason, long version, Instant createdAt, String createdBy, Instant lastModifiedAt,
			String lastModifiedBy) {

		static PlanView of(MaintenancePlan p) {
			List<PlanTask> tasks = p.getTasks();
			return new PlanView(p.getId(), p.getName(), p.getCategoryId(), p.getModelId(), p.getAssetId(),
					p.getWorkOrderType(), p.getIntervalDays(), p.getIntervalMonths(), p.getMeterKind(),
					p.getMeterInterval(), p.getRecurrence(), p.getWindowBeforeDays(), p.getWindowAfterDays(),
					p.getLeadDays(), p.getPerformer(), p.getSupplierId(), p.getLegalBasis(),
					java.util.stream.IntStream.range(0, tasks.size())
						.mapToObj(i -> new TaskView(i + 1, tasks.get(i).getLabel(), tasks.get(i).getUnit(),
								tasks.get(i).getLowerLimit(), tasks.get(i).getUpperLimit()))
						.toList(),
					p.getContainedPlanIds(), p.isArchived(), p.getArchiveReason(), p.getVersion(), p.getCreatedAt(),
					p.getCreatedBy(), p.getLastModifiedAt(), p.getLastModifiedBy());
		}
	}

}
