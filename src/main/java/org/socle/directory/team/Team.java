package org.socle.directory.team;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.directory.organisation.Establishment;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/**
 * A support team that runs its own queues and inventory; it belongs to one establishment.
 */
@Entity
@Table(name = "dir_team")
@Audited
public class Team extends Archivable implements HasLabel {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Establishment establishment;

	private String name;

	@Enumerated(EnumType.STRING)
	private TeamKind kind;

	private String email;

	private String description;

	protected Team() {
	}

	public Team(Establishment establishment, String name, TeamKind kind) {
		this.establishment = establishment;
		this.name = name;
		this.kind = kind;
	}

	@Override
	public String label() {
		return this.name;
	}

	public Establishment getEstablishment() {
		return this.establishment;
	}

	public void setEstablishment(Establishment establishment) {
		this.establishment = establishment;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TeamKind getKind() {
		return this.kind;
	}

	public void setKind(TeamKind kind) {
		this.kind = kind;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
