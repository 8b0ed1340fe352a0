package org.socle.servicedesk.attachment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the files of the attachments directory that no attachment names any more: a
 * file kept just before its transaction failed when the node stopped (so the rollback
 * never removed it), a removal whose file survived, a received upload left half-written.
 * Only files older than a day are looked at, so a transaction still running keeps its
 * file. Run twice, it deletes nothing more.
 */
@Component
class AttachmentJanitor {

	private static final Logger log = LoggerFactory.getLogger(AttachmentJanitor.class);

	private static final Duration GRACE = Duration.ofDays(1);

	private static final int BATCH = 500;

	private final AttachmentStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	AttachmentJanitor(AttachmentStore store, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${socle.servicedesk.attachments.janitor-cron:0 17 3 * * *}")
	@SchedulerLock(name = "servicedesk-attachment-janitor", lockAtMostFor = "PT1H")
	void onSchedule() {
		int deleted = sweep(this.clock.instant());
		if (deleted > 0) {
			log.info("Attachment janitor: {} file(s) no attachment names were deleted", deleted);
		}
	}

	/** Deletes the orphan files last written a day or more before the instant. */
	int sweep(Instant now) {
		AttachmentStore.Leftovers leftovers = this.store.filesBefore(now.minus(GRACE));
		leftovers.received().forEach(this.store::deleteFile);
		List<String> keys = List.copyOf(leftovers.kept().keySet());
		Set<String> named = new HashSet<>();
		for (int from = 0; from < keys.size(); from += BATCH) {
			named.addAll(this.jdbc
				.sql("select storage_key from sd_attachment where storage_key in (:keys) and removed_at is null")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + BATCH)))
				.query(String.class)
				.list());
		}
		List<Path> orphans = keys.stream().filter(k -> !named.contains(k)).map(leftovers.kept()::get).toList();
		orphans.forEach(this.store::deleteFile);
		return leftovers.received().size() + orphans.size();
	}

}
