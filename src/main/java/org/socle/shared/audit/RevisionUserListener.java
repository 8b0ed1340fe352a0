package org.socle.shared.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each history revision with the signed-in user. */
class RevisionUserListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).setUsername(CurrentUsername.get());
	}

}
