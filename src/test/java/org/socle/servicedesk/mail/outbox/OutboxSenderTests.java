package org.socle.servicedesk.mail.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.mail.MailFixtures;
import org.socle.servicedesk.mail.MailIntegrationTest;
import org.socle.servicedesk.mail.MailServer;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox job against a real SMTP server that goes away and comes back: nothing lost,
 * nothing sent twice.
 */
class OutboxSenderTests extends MailIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailFixtures mail;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	Outbox queue;

	Establishment a;

	Team team;

	@BeforeEach
	void world() {
		MailServer.start();
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		// What other tests left queued goes first, so these tests see their own mails.
		while (this.sender.sendDue(Instant.now().plus(Duration.ofDays(1))) > 0) {
			// next batch
		}
	}

	@AfterEach
	void serverBack() {
		MailServer.start();
	}

	@Test
	void duringAnOutageNothingIsSentNorLostAndOnceBackEachMailGoesExactlyOnce() {
		List<Person> people = List.of(this.mail.person(this.a), this.mail.person(this.a), this.mail.person(this.a));
		List<Long> ids = people.stream().map(this::queueFor).toList();
		MailServer.stop();
		Instant now = Instant.now();
		assertThat(this.sender.sendDue(now)).isZero();
		List<OutboxMail> waiting = this.outbox.findAllById(ids);
		assertThat(waiting).allMatch(m -> m.getStatus() == OutboxMail.Status.QUEUED && m.getSentAt() == null);
		assertThat(waiting)
			.anyMatch(m -> m.getAttempts() == 1 && m.getLastError() != null && m.getNextAttemptAt().isAfter(now));
		MailServer.start();
		Instant later = now.plus(Duration.ofHours(1));
		this.sender.sendDue(later);
		this.sender.sendDue(later);
		for (Person person : people) {
			assertThat(MailServer.mailsTo(person.getEmail())).hasSize(1);
		}
		assertThat(this.outbox.findAllById(ids)).allMatch(m -> m.getStatus() == OutboxMail.Status.SENT);
	}

	@Test
	void twoRunsAtOnceSendEachMailOnce() throws Exception {
		List<Person> people = java.util.stream.IntStream.range(0, 12).mapToObj(i -> this.mail.person(this.a)).toList();
		people.forEach(this::queueFor);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> runs = List.of(pool.submit(() -> runAfter(start)),
					pool.submit(() -> runAfter(start)));
			start.countDown();
			int sent = runs.get(0).get() + runs.get(1).get();
			assertThat(sent).isGreaterThanOrEqualTo(people.size());
		}
		finally {
			pool.shutdown();
		}
		for (Person person : people) {
			assertThat(MailServer.mailsTo(person.getEmail())).hasSize(1);
		}
	}

	@Test
	void aMailRefusedAgainAndAgainIsGivenUpAfterTheLastAttempt() {
		Ticket ticket = ticketFor(this.mail.person(this.a));
		Long id = this.queue
			.queue("created", ticket, new Recipient("pas une adresse", java.util.Locale.FRENCH, null),
					java.util.Map.of("ticket", ticket, "link", "x", "reopenDays", 7))
			.getId();
		Instant at = Instant.now();
		for (int i = 0; i < 10; i++) {
			at = at.plus(Duration.ofDays(1));
			this.sender.sendDue(at);
		}
		OutboxMail failed = this.outbox.findById(id).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(8);
	}

	private int runAfter(CountDownLatch start) throws InterruptedException {
		start.await();
		return this.sender.sendDue(Instant.now());
	}

	private Long queueFor(Person person) {
		Ticket ticket = ticketFor(person);
		return this.queue
			.queue("created", ticket, new Recipient(person.getEmail(), java.util.Locale.FRENCH, person.getId()),
					java.util.Map.of("ticket", ticket, "link", "http://socle/ticket", "reopenDays", 7))
			.getId();
	}

	private Ticket ticketFor(Person person) {
		return this.fixtures.ticket(this.a, this.team, person);
	}

}
