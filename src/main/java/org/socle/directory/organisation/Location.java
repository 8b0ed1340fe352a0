package org.socle.directory.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/** A place where equipment lives: building, floor or room, as a tree under a site. */
@Entity
@Table(name = "dir_location")
@Audited
public class Location extends Archivable implements HasLabel {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Site site;

	@ManyToOne(fetch = FetchType.LAZY)
	private Location parent;

	@Enumerated(EnumType.STRING)
	private LocationKind kind;

	private String code;

	private String name;

	protected Location() {
	}

	public Location(Site site, Location parent, LocationKind kind, String name) {
		this.site = site;
		this.parent = parent;
		this.kind = kind;
		this.name = name;
	}

	@Override
	public String label() {
		return this.name;
	}

	public Site getSite() {
		return this.site;
	}

	public Location getParent() {
		return this.parent;
	}

	public void setParent(Location parent) {
		this.parent = parent;
	}

	public LocationKind getKind() {
		return this.kind;
	}

	public void setKind(LocationKind kind) {
		this.kind = kind;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
