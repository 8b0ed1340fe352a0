package org.socle.directory;

/** The reach of a role: the whole group, one establishment, or one team. */
public enum ScopeKind {

	GROUP, ESTABLISHMENT, TEAM

}
