package org.socle.servicedesk.attachment;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The janitor of the attachments directory: files no attachment names go once they are a
 * day old; named files, and files too recent to judge, stay.
 */
@SocleIntegrationTest
class AttachmentJanitorTests {

	@Autowired
	AttachmentJanitor janitor;

	@Autowired
	AttachmentService service;

	@Autowired
	AttachmentProperties properties;

	@Autowired
	Fixtures fixtures;

	@Test
	void filesNoAttachmentNamesAreDeletedOnceADayOldAndNamedOnesStay() throws Exception {
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		Ticket ticket = this.fixtures.ticket(a, team, this.fixtures.person(a));
		Attachment kept = this.service.attachFromMail(ticket.getId(), null, "poste.jpg",
				new ByteArrayInputStream(TestFiles.jpeg()), null, "Janitor");
		Path root = this.properties.dir().toAbsolutePath().normalize();
		Path keptFile = fileOf(root, kept.getStorageKey());
		Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
		Files.setLastModifiedTime(keptFile, FileTime.from(twoDaysAgo));
		Path orphan = write(fileOf(root, newKey()), twoDaysAgo);
		Path recentOrphan = write(fileOf(root, newKey()), Instant.now());
		Path halfUpload = write(root.resolve("incoming").resolve("upload-janitor.part"), twoDaysAgo);

		this.janitor.sweep(Instant.now());

		assertThat(keptFile).exists();
		assertThat(orphan).doesNotExist();
		assertThat(halfUpload).doesNotExist();
		assertThat(recentOrphan).exists();
		this.janitor.sweep(Instant.now());
		assertThat(keptFile).exists();
	}

	private static String newKey() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static Path fileOf(Path root, String key) {
		return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	private static Path write(Path file, Instant modified) throws Exception {
		Files.createDirectories(file.getParent());
		Files.write(file, TestFiles.jpeg());
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

}
