package org.socle.inventory.workorder;

import java.util.List;

import java.time.Instant;

import jakarta.validation.Valid;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of work orders: the scoped list, one work order, a corrective one for an
 * asset, transitions, work records, parts, checklist lines and measures, verdict,
 * downtime, and restarting an asset after a serious nonconformity.
 */
@RestController
@RequestMapping("/api/v1/work-orders")
class WorkOrderApi {

	private final WorkOrderService service;

	private final WorkOrderQueries queries;

	private final Nonconformities nonconformities;

	WorkOrderApi(WorkOrderService service, WorkOrderQueries queries, Nonconformities nonconformities) {
		this.service = service;
		this.queries = queries;
		this.nonconformities = nonconformities;
	}

	@GetMapping
	List<WorkOrderRow> list(@RequestParam(required = false) WorkOrderType type,
			@RequestParam(required = false) WorkOrderStatus status, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long establishmentId, @RequestParam(required = false) Long assetId,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "" + WorkOrderQueries.MAX_ROWS) int limit) {
		return this.queries.list(new WorkOrderFilter(type, status, teamId, establishmentId, assetId, overdue), limit);
	}

	@GetMapping("/{id}")
	WorkOrderDetail get(@PathVariable long id) {
		return this.service.detail(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WorkOrderDetail create(@Valid @RequestBody WorkCommands.NewCorrective command) {
		return this.service.detail(this.service.openCorrective(command).id());
	}

	@PostMapping("/{id}/transitions")
	WorkOrderDetail transition(@PathVariable long id, @Valid @RequestBody WorkCommands.Transition command) {
		this.service.transition(id, command);
		return this.service.detail(id);
	}

	@PostMapping("/{id}/work-records")
	WorkOrderDetail record(@PathVariable long id, @Valid @RequestBody WorkCommands.NewWorkRecord command) {
		this.service.addRecord(id, command);
		return this.service.detail(id);
	}

	@PostMapping("/{id}/parts")
	WorkOrderDetail part(@PathVariable long id, @Valid @RequestBody WorkCommands.NewPart command) {
		this.service.addPart(id, command);
		return this.service.detail(id);
	}

	@PostMapping("/{id}/checks")
	WorkOrderDetail check(@PathVariable long id, @Valid @RequestBody WorkCommands.NewCheckLine command) {
		this.service.addCheck(id, command);
		return this.service.detail(id);
	}

	@PutMapping("/{id}/checks/{lineId}")
	WorkOrderDetail measure(@PathVariable long id, @PathVariable long lineId,
			@Valid @RequestBody WorkCommands.Measure command) {
		this.service.measure(id, lineId, command);
		return this.service.detail(id);
	}

	@PutMapping("/{id}/result")
	WorkOrderDetail result(@PathVariable long id, @Valid @RequestBody WorkCommands.Result command) {
		this.service.result(id, command);
		return this.service.detail(id);
	}

	@PutMapping("/{id}/downtime")
	WorkOrderDetail downtime(@PathVariable long id, @Valid @RequestBody WorkCommands.Downtime command) {
		this.service.downtime(id, command);
		return this.service.detail(id);
	}

	/**
	 * Restarts the asset after a serious nonconformity: refused until a control passes.
	 */
	@PostMapping("/{id}/nonconformities/{nonconformityId}/restart")
	WorkOrderDetail restart(@PathVariable long id, @PathVariable long nonconformityId,
			@RequestBody(required = false) Restart command) {
		this.service.checkWorks(id);
		if (!this.nonconformities.get(nonconformityId).getWorkOrderId().equals(id)) {
			throw new RecordNotFoundException("Nonconformity", nonconformityId);
		}
		this.nonconformities.restart(nonconformityId, (command != null) ? command.restartedAt() : null);
		return this.service.detail(id);
	}

	record Restart(Instant restartedAt) {
	}

}
