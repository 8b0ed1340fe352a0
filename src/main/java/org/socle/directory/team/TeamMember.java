package org.socle.directory.team;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.directory.people.Person;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/** A person's membership of a team, with their role in it. */
@Entity
@Table(name = "dir_team_member")
@Audited
public class TeamMember extends AuditedEntity implements HasLabel {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@Enumerated(EnumType.STRING)
	private TeamRole role;

	protected TeamMember() {
	}

	public TeamMember(Team team, Person person, TeamRole role) {
		this.team = team;
		this.person = person;
		this.role = role;
	}

	@Override
	public String label() {
		return this.person.label() + " (" + this.role + ")";
	}

	public Team getTeam() {
		return this.team;
	}

	public Person getPerson() {
		return this.person;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

}
