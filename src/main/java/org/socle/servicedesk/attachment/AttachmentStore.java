package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachments' bytes, in a directory outside the database. A file arrives in
 * {@code incoming/} (never under the user's name), is checked there, then moved in one
 * step to {@code ab/cd/<key>}; if the transaction that records it rolls back, the file is
 * removed, so that rows and files stay one for one.
 */
@Component
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentStore {

	private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private final Path root;

	AttachmentStore(AttachmentProperties properties) {
		this.root = properties.dir().toAbsolutePath().normalize();
	}

	/**
	 * Copies the content into a new file of {@code incoming/}, stopping one byte past the
	 * limit.
	 * @return the received file; {@link Incoming#complete()} is false when the content is
	 * over the limit (and the file is already gone)
	 */
	Incoming receive(InputStream content, long limit) {
		try {
			Path incoming = Files.createDirectories(this.root.resolve("incoming"));
			Path file = Files.createTempFile(incoming, "upload-", ".part");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, sha256);
					OutputStream out = Files.newOutputStream(file)) {
				size = in.transferTo(new LimitedOutput(out, limit));
			}
			catch (LimitedOutput.LimitPassed ex) {
				Files.deleteIfExists(file);
				return new Incoming(file, -1, null, false);
			}
			return new Incoming(file, size, HexFormat.of().formatHex(sha256.digest()), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Moves a received file to its place under a new key, and removes it again if the
	 * current transaction does not commit.
	 * @return the storage key
	 */
	String keep(Incoming incoming) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("An attachment is kept inside the transaction that records it");
		}
		String key = UUID.randomUUID().toString().replace("-", "");
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Files.move(incoming.file(), target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(target);
				}
			}
		});
		return key;
	}

	/**
	 * Deletes a kept file once the current transaction commits (the removal is recorded
	 * in it); nothing is deleted if it rolls back.
	 */
	void deleteAfterCommit(String key) {
		Path target = path(key);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delete(target);
			}
		});
	}

	/** Removes a received file that was not kept (nothing happens if it was). */
	void discard(Incoming incoming) {
		delete(incoming.file());
	}

	Resource open(String key) {
		return new FileSystemResource(path(key));
	}

	boolean exists(String key) {
		return Files.isRegularFile(path(key));
	}

	/**
	 * The kept files last written before the instant, by storage key; and the received
	 * files that were never kept. For the janitor, which keeps what a row still names.
	 */
	Leftovers filesBefore(Instant cutoff) {
		Map<String, Path> kept = new HashMap<>();
		List<Path> received = new ArrayList<>();
		if (!Files.isDirectory(this.root)) {
			return new Leftovers(kept, received);
		}
		try (Stream<Path> files = Files.walk(this.root)) {
			files.filter(Files::isRegularFile).filter(f -> writtenBefore(f, cutoff)).forEach(f -> {
				String name = f.getFileName().toString();
				if (KEY.matcher(name).matches() && f.equals(path(name))) {
					kept.put(name, f);
				}
				else if (f.getParent().equals(this.root.resolve("incoming"))) {
					received.add(f);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Leftovers(kept, received);
	}

	/** Deletes a file of the store (the janitor's). */
	void deleteFile(Path file) {
		delete(file);
	}

	private static boolean writtenBefore(Path file, Instant cutoff) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Files of the store found by {@link #filesBefore}. */
	record Leftovers(Map<String, Path> kept, List<Path> received) {
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove attachment file {}", file.getFileName(), ex);
		}
	}

	/**
	 * A file received in {@code incoming/}.
	 *
	 * @param complete false when the content was over the limit
	 */
	record Incoming(Path file, long size, String sha256, boolean complete) {
	}

	/** Counts what is written and refuses to go past a limit. */
	private static final class LimitedOutput extends OutputStream {

		private final OutputStream out;

		private final long limit;

		private long written;

		LimitedOutput(OutputStream out, long limit) {
			this.out = out;
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.written += length;
			if (this.written > this.limit) {
				throw new LimitPassed();
			}
			this.out.write(bytes, offset, length);
		}

		static final class LimitPassed extends IOException {

			LimitPassed() {
				super("Over the size limit");
			}

		}

	}

}
