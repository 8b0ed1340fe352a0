package org.socle.servicedesk.ticket;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The commands that work a ticket, each based on the version the caller saw. */
public final class TicketCommands {

	private TicketCommands() {
	}

	/** Move to another status (with the reason or resolution it needs). */
	public record Transition(@NotNull TicketStatus to, PendingReason pendingReason,
			@Size(max = 50) String resolutionCode, @Size(max = 4000) String resolutionNote, @NotNull Long version) {
	}

	/** Give the ticket to a member of its team. */
	public record Assignment(@NotNull Long assigneeId, @NotNull Long version) {
	}

	/** File the ticket under a category of its team (none: no category). */
	public record Categorisation(Long categoryId, @NotNull Long version) {
	}

	/** File the ticket under a catalogue service (none: no service). */
	public record ServiceChange(Long serviceId, @NotNull Long version) {
	}

	/** Hand the ticket over to another team. */
	public record Transfer(@NotNull Long teamId, @NotNull Long version) {
	}

	/** A public comment, or an internal note for agents. */
	public record NewComment(@NotBlank @Size(max = 20000) String body, boolean internal) {
	}

	/** Minutes spent on a day (today when not given). */
	public record NewTimeEntry(@NotNull @Min(1) @Max(1440) Integer minutes, LocalDate workDate,
			@Size(max = 500) String note) {
	}

	/**
	 * New impact and/or urgency (the priority follows from the matrix), with an optional
	 * reason.
	 */
	public record PriorityChange(@NotNull Integer impact, @NotNull Integer urgency, @Size(max = 500) String reason,
			@NotNull Long version) {
	}

	/**
	 * A ticket raised by a mail to a team's mailbox: from a person of the directory
	 * ({@code requesterId}), or from an unknown address ({@code unknownRequesterEmail})
	 * for the team to triage.
	 */
	public record FromMail(TicketType type, String title, String description, Long requesterId,
			String unknownRequesterEmail, Long teamId, int impact, int urgency) {
	}

	/**
	 * A service request from the catalogue, for the service's owner team, raised for the
	 * requester (by themselves, or by the approver who let it through).
	 */
	public record FromCatalogue(Long serviceId, Long teamId, Long requesterId, String title, String description,
			int impact, int urgency) {
	}

}
