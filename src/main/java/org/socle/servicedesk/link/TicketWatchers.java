package org.socle.servicedesk.link;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.servicedesk.link.LinkViews.WatcherView;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketFilter;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who follow a ticket. Watching needs no grant of its own: whoever sees a ticket
 * may watch it, and agents who work it add or remove other people of their scope.
 * Watching gives no access: a watcher who stops seeing the ticket stops finding it among
 * the tickets they watch.
 */
@Service
public class TicketWatchers {

	private final TicketWork work;

	private final TicketWatcherRepository watchers;

	private final TicketService tickets;

	private final CurrentAccess access;

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	TicketWatchers(TicketWork work, TicketWatcherRepository watchers, TicketService tickets, CurrentAccess access,
			DirectoryApi directory, JdbcClient jdbc, Clock clock) {
		this.work = work;
		this.watchers = watchers;
		this.tickets = tickets;
		this.access = access;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The people who watch the ticket, whoever asks (for notifications sent by the
	 * application itself): no access check.
	 */
	@Transactional(readOnly = true)
	public Set<Long> watcherIds(Long ticketId) {
		return this.watchers.findByTicketIdOrderByAddedAtAscIdAsc(ticketId)
			.stream()
			.map(TicketWatcher::getPersonId)
			.collect(Collectors.toSet());
	}

	/**
	 * The tickets the person watches; combine with the account's visibility, as
	 * {@link TicketService#queue} does.
	 */
	public static Specification<Ticket> watchedBy(Long personId) {
		return (root, query, cb) -> {
			if (personId == null) {
				return cb.disjunction();
			}
			Subquery<Long> watched = query.subquery(Long.class);
			Root<TicketWatcher> watcher = watched.from(TicketWatcher.class);
			return cb.exists(watched.select(watcher.get("ticketId"))
				.where(cb.equal(watcher.get("ticketId"), root.get("id")), cb.equal(watcher.get("personId"), personId)));
		};
	}

	/** The tickets the signed-in person watches, among those they see. */
	@Transactional(readOnly = true)
	public Page<Ticket> watchedByMe(TicketFilter filter, Pageable pageable) {
		return this.tickets.queue(watchedBy(this.access.scope().personId()), filter, pageable);
	}

	@Transactional(readOnly = true)
	List<WatcherView> watchers(Long ticketId) {
		return of(this.work.seen(ticketId));
	}

	/** The watchers of a ticket the account sees, first added first, with their names. */
	List<WatcherView> of(Ticket ticket) {
		return this.watchers.findByTicketIdOrderByAddedAtAscIdAsc(ticket.getId())
			.stream()
			.map(w -> new WatcherView(w.getPersonId(), name(w.getPersonId()), w.getAddedAt(), w.getAddedBy()))
			.toList();
	}

	private String name(Long personId) {
		return this.directory.person(personId).map(DirectoryApi.PersonRef::label).orElse("#" + personId);
	}

	public boolean isWatchedByMe(Ticket ticket) {
		Long me = this.access.scope().personId();
		return me != null && this.watchers.existsByTicketIdAndPersonId(ticket.getId(), me);
	}

	/** The signed-in person watches a ticket they see. */
	@Transactional
	public void watch(Long ticketId) {
		this.work.seen(ticketId);
		insert(ticketId, me());
	}

	@Transactional
	public void unwatch(Long ticketId) {
		this.work.seen(ticketId);
		delete(ticketId, me());
	}

	/** An agent who works the ticket makes someone of their scope watch it. */
	@Transactional
	void add(Long ticketId, Long personId) {
		Ticket ticket = this.work.seen(ticketId);
		if (personId == null) {
			throw FieldRuleException.invalid("personId", "NotBlank");
		}
		if (!personId.equals(this.access.scope().personId())) {
			this.work.checkWorks(ticket);
			checkInScope(personId);
		}
		insert(ticketId, personId);
	}

	/** Anyone stops watching; only agents who work the ticket remove someone else. */
	@Transactional
	void remove(Long ticketId, Long personId) {
		Ticket ticket = this.work.seen(ticketId);
		if (!personId.equals(this.access.scope().personId())) {
			this.work.checkWorks(ticket);
		}
		delete(ticketId, personId);
	}

	private void checkInScope(Long personId) {
		AccessScope scope = this.access.scope();
		this.directory.person(personId)
			.filter(p -> scope.canSee(p.establishmentId()))
			.orElseThrow(() -> FieldRuleException.invalid("personId", "UnknownPerson", personId));
	}

	private Long me() {
		Long me = this.access.scope().personId();
		if (me == null) {
			throw new AccessDeniedException("An account without a person watches nothing");
		}
		return me;
	}

	/** Idempotent: watching twice is watching. */
	private void insert(Long ticketId, Long personId) {
		this.jdbc
			.sql("insert into sd_ticket_watcher (ticket_id, person_id, added_at, added_by) values (?, ?, ?, ?)"
					+ " on conflict (ticket_id, person_id) do nothing")
			.params(ticketId, personId, Timestamp.from(this.clock.instant()), CurrentUsername.get())
			.update();
	}

	private void delete(Long ticketId, Long personId) {
		this.jdbc.sql("delete from sd_ticket_watcher where ticket_id = ? and person_id = ?")
			.params(ticketId, personId)
			.update();
	}

}
