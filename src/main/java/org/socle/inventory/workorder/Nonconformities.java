package org.socle.inventory.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.socle.directory.CurrentAccess;
import org.socle.inventory.asset.AssetStatus;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the nonconformity of a failed control and, for a serious one, takes the asset
 * out of service by the closing person's decision; restarts it once a control passes.
 */
@Component
public class Nonconformities {

	private final NonconformityRepository nonconformities;

	private final AssetStatusWriter statuses;

	private final ControlGate gate;

	private final CurrentAccess access;

	private final Clock clock;

	Nonconformities(NonconformityRepository nonconformities, AssetStatusWriter statuses, ControlGate gate,
			CurrentAccess access, Clock clock) {
		this.nonconformities = nonconformities;
		this.statuses = statuses;
		this.gate = gate;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * After a work order (a control, a repair) was done with a non-conforming verdict.
	 */
	@Transactional
	void raise(WorkOrder control) {
		Instant stop = (control.getDownSince() != null) ? control.getDownSince() : this.clock.instant();
		Nonconformity raised = this.nonconformities
			.save(new Nonconformity(control, this.access.scope().personId(), CurrentUsername.get(), stop));
		if (raised.isOutOfService()) {
			this.statuses.change(control.getAssetId(), AssetStatus.OUT_OF_SERVICE,
					"Non-conformité grave — " + control.getNumber() + " — " + control.getTitle());
		}
	}

	/**
	 * Lifts a serious nonconformity: refused until a control completed since the stop has
	 * passed; the asset is back in service when nothing else blocks it.
	 */
	@Transactional
	public Nonconformity restart(long id, Instant at) {
		Nonconformity nonconformity = this.nonconformities.findById(id)
			.filter(Nonconformity::isBlocking)
			.orElseThrow(() -> new RecordNotFoundException("Nonconformity", id));
		Long control = this.gate.passingControlSince(nonconformity.getAssetId(), nonconformity.getStoppedAt())
			.filter(k -> !k.equals(nonconformity.getWorkOrderId()))
			.orElseThrow(() -> FieldRuleException.invalid("restartedAt", "WorkOrderControlRequired", "—"));
		Instant restart = (at != null) ? at : this.clock.instant();
		if (restart.isBefore(nonconformity.getStoppedAt())) {
			throw FieldRuleException.invalid("restartedAt", "WorkOrderDowntimeOrder");
		}
		nonconformity.restart(restart, control);
		this.nonconformities.saveAndFlush(nonconformity);
		if (!this.gate.block(nonconformity.getAssetId()).blocked()) {
			this.statuses.change(nonconformity.getAssetId(), AssetStatus.IN_SERVICE,
					"Remise en service après contrôle conforme");
		}
		return nonconformity;
	}

	Nonconformity get(long id) {
		return this.nonconformities.findById(id).orElseThrow(() -> new RecordNotFoundException("Nonconformity", id));
	}

	List<Nonconformity> ofAsset(long assetId) {
		return this.nonconformities.findByAssetIdOrderByIdDesc(assetId);
	}

	List<Nonconformity> ofWorkOrder(long workOrderId) {
		return this.nonconformities.findByWorkOrderId(workOrderId);
	}

}
