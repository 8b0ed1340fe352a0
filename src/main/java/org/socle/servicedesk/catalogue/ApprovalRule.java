package org.socle.servicedesk.catalogue;

/** Who must let a request through before the team gets it. */
public enum ApprovalRule {

	/** Nobody: the ticket is created at once. */
	NONE,
	/** A person named on the request item. */
	NAMED_APPROVER,
	/** The head of the requester's department (or of a department above it). */
	DEPARTMENT_HEAD

}
