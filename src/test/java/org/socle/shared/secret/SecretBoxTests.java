package org.socle.shared.secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretBoxTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path dir;

	@Test
	void aSealedSecretOpensBackAndDoesNotShowItsValue() {
		SecretBox box = new SecretBox(KEY, this.dir.resolve("unused.key"));
		String sealed = box.seal("imap-pässword");
		assertThat(sealed).startsWith(SecretBox.PREFIX).doesNotContain("imap");
		assertThat(box.open(sealed)).isEqualTo("imap-pässword");
	}

	@Test
	void theSameSecretSealsDifferentlyEachTime() {
		SecretBox box = new SecretBox(KEY, this.dir.resolve("unused.key"));
		assertThat(box.seal("secret")).isNotEqualTo(box.seal("secret"));
	}

	@Test
	void aValueStoredBeforeSealingIsReadAsItIs() {
		SecretBox box = new SecretBox(KEY, this.dir.resolve("unused.key"));
		assertThat(box.open("plain-old-password")).isEqualTo("plain-old-password");
		assertThat(box.open(null)).isNull();
		assertThat(box.seal(null)).isNull();
	}

	@Test
	void anAlteredOrForeignSecretIsRefusedNotEmptied() {
		SecretBox box = new SecretBox(KEY, this.dir.resolve("unused.key"));
		String sealed = box.seal("secret");
		// flip one bit of the ciphertext itself: altering a base64 character could touch
		// only padding bits
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));
		bytes[bytes.length - 1] ^= 1;
		String altered = SecretBox.PREFIX + Base64.getEncoder().encodeToString(bytes);
		assertThatIllegalStateException().isThrownBy(() -> box.open(altered));
		SecretBox other = new SecretBox(Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'),
				this.dir.resolve("unused.key"));
		assertThatIllegalStateException().isThrownBy(() -> other.open(sealed));
	}

	@Test
	void withoutAConfiguredKeyAKeyFileIsWrittenOnceAndKept() throws Exception {
		Path file = this.dir.resolve("sub/secrets.key");
		String sealed = new SecretBox("", file).seal("secret");
		assertThat(Base64.getDecoder().decode(Files.readString(file))).hasSize(32);
		assertThat(new SecretBox("", file).open(sealed)).isEqualTo("secret");
		assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
	}

	@Test
	void aKeyOfTheWrongSizeStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> new SecretBox("c2hvcnQ=", this.dir.resolve("x.key")))
			.withMessageContaining("32 bytes");
	}

}
