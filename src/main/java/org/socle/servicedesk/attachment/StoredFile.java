package org.socle.servicedesk.attachment;

/** A file kept by the store, with what was learnt while receiving it. */
record StoredFile(String filename, String contentType, long size, String sha256, String storageKey) {
}
