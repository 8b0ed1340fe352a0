package org.socle.servicedesk.ticket;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.socle.servicedesk.ticket.TicketViews.CommentView;
import org.socle.servicedesk.ticket.TicketViews.TicketView;
import org.socle.servicedesk.ticket.TicketViews.TimeEntryView;
import org.socle.servicedesk.ticket.TicketViews.TimelineView;
import org.socle.shared.web.PageView;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of tickets. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketApi {

	static final Set<String> SORTABLE = Set.of("number", "createdAt", "lastModifiedAt", "priority", "status", "title",
			"resolutionDueAt", "responseDueAt");

	private final TicketService tickets;

	private final TicketWorkflow workflow;

	private final TicketActivity activity;

	private final TicketQueues queues;

	TicketApi(TicketService tickets, TicketWorkflow workflow, TicketActivity activity, TicketQueues queues) {
		this.queues = queues;
		this.tickets = tickets;
		this.workflow = workflow;
		this.activity = activity;
	}

	/**
	 * The tickets the account sees, filtered; {@code mine=true}: those I raised (or that
	 * were raised for me); {@code queue}: an agent's queue (MINE assigned to me, TEAMS of
	 * my teams, UNASSIGNED open in my teams, ALL I may see).
	 */
	@GetMapping
	PageView<TicketView> list(TicketFilter filter, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Queue queue, @PageableDefault(size = 25) Pageable pageable) {
		Pageable page = DueDateSort
			.nullsLast(Paging.restrict(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")));
		if (queue != null) {
			return PageView.of(this.queues.page(queue, filter, page), TicketView::of);
		}
		return PageView.of(mine ? this.tickets.mine(filter, page) : this.tickets.list(filter, page), TicketView::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TicketView create(@Valid @RequestBody TicketForm form) {
		return TicketView.of(this.tickets.create(form));
	}

	@GetMapping("/{id}")
	TicketView get(@PathVariable Long id) {
		return TicketView.of(this.tickets.get(id));
	}

	@PostMapping("/{id}/transitions")
	TicketView transition(@PathVariable Long id, @Valid @RequestBody TicketCommands.Transition command) {
		return TicketView.of(this.workflow.transition(id, command));
	}

	@PostMapping("/{id}/assignment")
	TicketView assign(@PathVariable Long id, @Valid @RequestBody TicketCommands.Assignment command) {
		return TicketView.of(this.tickets.assign(id, command));
	}

	@PostMapping("/{id}/transfer")
	TicketView transfer(@PathVariable Long id, @Valid @RequestBody TicketCommands.Transfer command) {
		return TicketView.of(this.tickets.transfer(id, command));
	}

	@GetMapping("/{id}/comments")
	List<CommentView> comments(@PathVariable Long id) {
		return this.activity.comments(id).stream().map(CommentView::of).toList();
	}

	@PostMapping("/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	CommentView comment(@PathVariable Long id, @Valid @RequestBody TicketCommands.NewComment command) {
		return CommentView.of(this.activity.comment(id, command));
	}

	@GetMapping("/{id}/time-entries")
	List<TimeEntryView> timeEntries(@PathVariable Long id) {
		return this.activity.timeEntries(id).stream().map(TimeEntryView::of).toList();
	}

	@PostMapping("/{id}/time-entries")
	@ResponseStatus(HttpStatus.CREATED)
	TimeEntryView logTime(@PathVariable Long id, @Valid @RequestBody TicketCommands.NewTimeEntry command) {
		return TimeEntryView.of(this.activity.logTime(id, command));
	}

	@GetMapping("/{id}/timeline")
	List<TimelineView> timeline(@PathVariable Long id) {
		return this.activity.timeline(id).stream().map(TimelineView::of).toList();
	}

}
