package org.socle.shared.secret;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets Socle must give back to other servers (a team mailbox's IMAP
 * password): AES-256-GCM from the JDK, a fresh nonce per value, stored as
 * {@code {aes-gcm}base64(nonce + ciphertext)}. The key is {@code socle.secrets.key}
 * (base64, 32 bytes) when set, else the key file {@code socle.secrets.key-file}, written
 * with a random key the first time (as GLPI does with its own key file): a copy of the
 * database alone does not give the passwords away. A value without the prefix was stored
 * before sealing existed and is read as it is, then sealed at its next save.
 */
@Component
public class SecretBox {

	static final String PREFIX = "{aes-gcm}";

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(@Value("${socle.secrets.key:}") String key,
			@Value("${socle.secrets.key-file:./data/secrets.key}") Path keyFile) {
		this.key = new SecretKeySpec(key.isBlank() ? fileKey(keyFile) : decodeKey(key), "AES");
	}

	/** The value as stored: sealed, or null for null. */
	public String seal(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal a secret", ex);
		}
	}

	/**
	 * The plain value of a stored one. A sealed value that does not open (another key,
	 * altered bytes) is an error, never an empty secret.
	 */
	public String open(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A stored secret does not open with this key (socle.secrets.key)", ex);
		}
	}

	private static byte[] decodeKey(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64.strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("socle.secrets.key must be 32 bytes in base64, not " + bytes.length);
		}
		return bytes;
	}

	private byte[] fileKey(Path file) {
		try {
			if (Files.exists(file)) {
				return decodeKey(Files.readString(file));
			}
			byte[] fresh = new byte[32];
			this.random.nextBytes(fresh);
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
			restrict(file);
			log.info("New secrets key written to {}: keep it with the database's backups", file.toAbsolutePath());
			return fresh;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or write the secrets key file " + file, ex);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the directory's own rights apply
		}
	}

}
