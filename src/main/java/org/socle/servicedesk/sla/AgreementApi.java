package org.socle.servicedesk.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socle.servicedesk.ticket.TicketService;

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

/** REST API of service level agreements, and of a ticket's SLA clocks. */
@RestController
@RequestMapping("/api/v1")
class AgreementApi {

	private final Agreements agreements;

	private final TicketService tickets;

	private final SlaClocks clocks;

	AgreementApi(Agreements agreements, TicketService tickets, SlaClocks clocks) {
		this.agreements = agreements;
		this.tickets = tickets;
		this.clocks = clocks;
	}

	/** The agreements of the teams the account sees (or of one team). */
	@GetMapping("/agreements")
	List<AgreementView> list(@RequestParam(required = false) Long teamId) {
		return this.agreements.visible(teamId).stream().map(AgreementView::of).toList();
	}

	@PostMapping("/agreements")
	@ResponseStatus(HttpStatus.CREATED)
	AgreementView create(@RequestBody AgreementForm form) {
		return AgreementView.of(this.agreements.create(form));
	}

	@GetMapping("/agreements/{id}")
	AgreementView get(@PathVariable Long id) {
		return AgreementView.of(this.agreements.get(id));
	}

	/** Replaces the agreement's fields and targets, at the version the caller saw. */
	@PutMapping("/agreements/{id}")
	AgreementView update(@PathVariable Long id, @RequestBody AgreementForm form) {
		return AgreementView.of(this.agreements.update(id, form));
	}

	@PostMapping("/agreements/{id}/archive")
	AgreementView archive(@PathVariable Long id, @RequestBody ArchiveCommand command) {
		return AgreementView.of(this.agreements.archive(id, command.reason(), command.version()));
	}

	/** The ticket's SLA clocks, the replaced ones included (oldest first). */
	@GetMapping("/tickets/{id}/sla-clocks")
	List<ClockView> clocks(@PathVariable Long id) {
		return this.clocks.history(this.tickets.get(id).getId()).stream().map(ClockView::of).toList();
	}

	record ArchiveCommand(String reason, Long version) {
	}

	record TargetView(int priority, int responseMinutes, int resolutionMinutes) {
	}

	/** An agreement as the API shows it. */
	record AgreementView(Long id, AgreementKind kind, String name, Long teamId, Long serviceId, Long calendarId,
			boolean pauseForPlannedChange, int atRiskPercent, boolean reassignOnBreach, LocalDate validFrom,
			LocalDate validUntil, List<TargetView> targets, boolean archived, String archiveReason, long version,
			Instant createdAt, String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static AgreementView of(Agreement a) {
			return new AgreementView(a.getId(), a.getKind(), a.getName(), a.getTeamId(), a.getServiceId(),
					a.getCalendarId(), a.isPauseForPlannedChange(), a.getAtRiskPercent(), a.isReassignOnBreach(),
					a.getValidFrom(), a.getValidUntil(),
					a.getTargets()
						.stream()
						.map(t -> new TargetView(t.getPriority(), t.getResponseMinutes(), t.getResolutionMinutes()))
						.toList(),
					a.isArchived(), a.getArchiveReason(), a.getVersion(), a.getCreatedAt(), a.getCreatedBy(),
					a.getLastModifiedAt(), a.getLastModifiedBy());
		}
	}

	/** A clock as the API shows it. */
	record ClockView(Long id, ClockKind kind, Long agreementId, int priority, int targetMinutes, Long calendarId,
			ClockState state, Instant startedAt, long consumedSeconds, Instant runningSince, Instant pausedSince,
			String pauseReason, Instant atRiskAt, Instant dueAt, Instant stoppedAt, Instant breachedAt, boolean current,
			Instant supersededAt, String supersededReason) {

		static ClockView of(SlaClock c) {
			return new ClockView(c.getId(), c.getKind(), c.getAgreementId(), c.getPriority(), c.getTargetMinutes(),
					c.getCalendarId(), c.getState(), c.getStartedAt(), c.getConsumedSeconds(), c.getRunningSince(),
					c.getPausedSince(), c.getPauseReason(), c.getAtRiskAt(), c.getDueAt(), c.getStoppedAt(),
					c.getBreachedAt(), c.isCurrent(), c.getSupersededAt(), c.getSupersededReason());
		}
	}

}
