package org.socle.inventory.contract;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.socle.inventory.ContractNoticeDue;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, writes a reminder for every live contract whose notice date falls within
 * the next {@code socle.inventory.contracts.reminder-days} days (60 by default): one row
 * per contract and notice date, so a second run (or a second node) writes nothing more,
 * and a notice date moved later gets its own reminder. Each new reminder is also
 * published as {@link ContractNoticeDue}, in the same transaction: the service desk,
 * which owns the mail outbox, mails the owner team; the team also sees them on the
 * contracts page until one of them marks it handled.
 */
@Component
public class ContractReminders {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int days;

	ContractReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${socle.inventory.contracts.reminder-days:60}") int days) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${socle.inventory.contracts.reminder-cron:0 30 6 * * *}")
	@SchedulerLock(name = "inventory-contract-reminders", lockAtMostFor = "PT30M")
	void onSchedule() {
		remind();
	}

	/**
	 * Writes the reminders due today.
	 * @return the reminders written (none when run again the same day)
	 */
	@Transactional
	public List<ContractNoticeDue> remind() {
		LocalDate today = LocalDate.now(this.clock);
		List<ContractNoticeDue> written = this.jdbc.sql("""
				with due as (
				    insert into inv_contract_reminder (contract_id, notice_on, written_on, created_at)
				    select k.id, k.notice_on, :today, :now from inv_contract k
				    where not k.archived and k.notice_on between :today and :until
				    on conflict (contract_id, notice_on) do nothing
				    returning contract_id, notice_on
				)
				select k.id as contract_id, k.reference, s.name as supplier_name, k.owner_team_id, k.establishment_id,
				 due.notice_on, k.ends_on
				from due join inv_contract k on k.id = due.contract_id join inv_supplier s on s.id = k.supplier_id
				order by due.notice_on, k.id""")
			.param("today", today)
			.param("until", today.plusDays(this.days))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(ContractNoticeDue.class)
			.list();
		written.forEach(this.events::publishEvent);
		return written;
	}

	/** Marks a reminder handled by the current account (the contract's keeper). */
	@Transactional
	void handle(long reminderId, Contracts contracts) {
		Long contractId = this.jdbc.sql("select contract_id from inv_contract_reminder where id = :id")
			.param("id", reminderId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("ContractReminder", reminderId));
		contracts.kept(contractId);
		this.jdbc
			.sql("update inv_contract_reminder set handled_at = :now, handled_by = :by where id = :id "
					+ "and handled_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", CurrentUsername.get())
			.param("id", reminderId)
			.update();
	}

}
