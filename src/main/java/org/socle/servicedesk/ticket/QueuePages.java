package org.socle.servicedesk.ticket;

import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.directory.CurrentAccess;
import org.socle.servicedesk.ticket.DeskDirectory.Names;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agents' queues of tickets, with filters, sort, paging and CSV export. */
@Controller
@RequestMapping("/servicedesk/queues")
class QueuePages {

	static final Set<String> SORTABLE = Set.of("number", "title", "status", "priority", "lastModifiedAt",
			"resolutionDueAt");

	private static final String VIEWS = "servicedesk/tickets/";

	private final TicketQueues queues;

	private final DeskDirectory directory;

	QueuePages(TicketQueues queues, DeskDirectory directory) {
		this.queues = queues;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "MINE") Queue view, TicketFilter filter,
			@PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("views", Queue.values());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("pendingReasons", PendingReason.values());
		model.addAttribute("types", TicketType.values());
		model.addAttribute("teams", this.directory.visibleTeams());
		model.addAttribute("establishments", this.directory.visibleEstablishments());
		model.addAttribute("page",
				queue(view, filter, DueDateSort.nullsLast(Paging.restrict(pageable, SORTABLE, defaultSort()))));
		model.addAttribute("names", this.directory.names());
		return htmx.isHtmxRequest() ? VIEWS + "queues :: results" : VIEWS + "queues";
	}

	/**
	 * People of the account's scope whose name contains the text, as the options of a
	 * person filter or choice (htmx); {@code blank} names the empty one: "all" or "me".
	 */
	@GetMapping("/people")
	String people(@RequestParam(name = "person", required = false) String q,
			@RequestParam(defaultValue = "all") String blank, Model model) {
		model.addAttribute("people", this.directory.searchPeople(q));
		model.addAttribute("blankKey", "me".equals(blank) ? "servicedesk.pages.ticket.requesterMe" : "form.all");
		return VIEWS + "queues :: personOptions";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(defaultValue = "MINE") Queue view, TicketFilter filter, HttpServletResponse response) {
		Names names = this.directory.names();
		CsvExport.write(response, "tickets.csv",
				List.of("number", "type", "title", "status", "priority", "team", "assignee", "requester",
						"establishment", "createdAt", "lastModifiedAt", "lastModifiedBy"),
				queue(view, filter, Pageable.unpaged(defaultSort())),
				t -> List.of(t.getNumber(), t.getType(), t.getTitle(), t.getStatus(), t.getPriority(),
						names.team(t.getTeamId()), names.person(t.getAssigneeId()), names.person(t.getRequesterId()),
						names.establishment(t.getEstablishmentId()), t.getCreatedAt(), t.getLastModifiedAt(),
						t.getLastModifiedBy()));
	}

	private Page<Ticket> queue(Queue view, TicketFilter filter, Pageable pageable) {
		return this.queues.page(view, filter, pageable);
	}

	private static Sort defaultSort() {
		return Sort.by(Sort.Order.asc("priority"), Sort.Order.desc("lastModifiedAt"));
	}

}
