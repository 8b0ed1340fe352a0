package org.socle.shared.web;

/**
 * An id that names no row the user may see: a 404, whether it does not exist or is out of
 * scope.
 */
public class RecordNotFoundException extends RuntimeException {

	private final String entity;

	private final Object id;

	public RecordNotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	public String getEntity() {
		return this.entity;
	}

	public Object getId() {
		return this.id;
	}

}
