package org.socle.servicedesk.link;

import java.util.List;

import jakarta.validation.Valid;
import org.socle.servicedesk.link.LinkViews.PriorityView;
import org.socle.servicedesk.link.LinkViews.WatcherView;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketPriority;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * REST API of a ticket's tags, watchers, links and priority. Removals are idempotent (204
 * whether or not there was something to remove).
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}")
class LinksApi {

	private final TicketTags tags;

	private final TicketWatchers watchers;

	private final TicketLinks links;

	private final TicketPriority priority;

	LinksApi(TicketTags tags, TicketWatchers watchers, TicketLinks links, TicketPriority priority) {
		this.tags = tags;
		this.watchers = watchers;
		this.links = links;
		this.priority = priority;
	}

	@GetMapping("/tags")
	List<String> tags(@PathVariable Long id) {
		return this.tags.tags(id);
	}

	/** Adds a tag; adding one the ticket has changes nothing. The tags after it. */
	@PostMapping("/tags")
	List<String> tag(@PathVariable Long id, @Valid @RequestBody LinkCommands.NewTag command) {
		return this.tags.add(id, command.tag());
	}

	@DeleteMapping("/tags/{tag}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void untag(@PathVariable Long id, @PathVariable String tag) {
		this.tags.remove(id, tag);
	}

	@GetMapping("/watchers")
	List<WatcherView> watchers(@PathVariable Long id) {
		return this.watchers.watchers(id);
	}

	/** The signed-in person watches the ticket. */
	@PutMapping("/watchers/me")
	List<WatcherView> watch(@PathVariable Long id) {
		this.watchers.watch(id);
		return this.watchers.watchers(id);
	}

	@DeleteMapping("/watchers/me")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unwatch(@PathVariable Long id) {
		this.watchers.unwatch(id);
	}

	/** An agent makes someone watch the ticket. */
	@PostMapping("/watchers")
	List<WatcherView> addWatcher(@PathVariable Long id, @Valid @RequestBody LinkCommands.NewWatcher command) {
		this.watchers.add(id, command.personId());
		return this.watchers.watchers(id);
	}

	@DeleteMapping("/watchers/{personId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeWatcher(@PathVariable Long id, @PathVariable Long personId) {
		this.watchers.remove(id, personId);
	}

	@GetMapping("/links")
	List<LinkView> links(@PathVariable Long id) {
		return this.links.links(id);
	}

	@PostMapping("/links")
	@ResponseStatus(HttpStatus.CREATED)
	LinkView link(@PathVariable Long id, @Valid @RequestBody LinkCommands.NewLink command) {
		return this.links.add(id, command);
	}

	/**
	 * Removes the link of that kind (as read from this ticket) to the ticket numbered so.
	 */
	@DeleteMapping("/links")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlink(@PathVariable Long id, @RequestParam LinkKind kind, @RequestParam String number) {
		this.links.remove(id, kind, number);
	}

	@PostMapping("/priority")
	PriorityView priority(@PathVariable Long id, @Valid @RequestBody TicketCommands.PriorityChange command) {
		return PriorityView.of(this.priority.change(id, command));
	}

}
