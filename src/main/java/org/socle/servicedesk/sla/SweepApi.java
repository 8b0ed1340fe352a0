package org.socle.servicedesk.sla;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for operators: run the escalation sweep now and see what it did, timed. */
@RestController
@RequestMapping("/api/v1/sla")
class SweepApi {

	private final OperatorSweep sweep;

	SweepApi(OperatorSweep sweep) {
		this.sweep = sweep;
	}

	/**
	 * Sweeps the SLA clocks now (group administrators only): clocks checked, tickets
	 * changed, clocks newly at risk and breached, escalations processed, milliseconds.
	 */
	@PostMapping("/sweep")
	OperatorSweep.SweepReport sweep() {
		return this.sweep.run();
	}

}
