package org.socle.security;

import java.util.EnumMap;
import java.util.Map;

import org.socle.directory.Role;
import org.socle.directory.account.ApiTokenService;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.HospitalGroup;
import org.socle.directory.organisation.HospitalGroupRepository;
import org.socle.directory.organisation.Location;
import org.socle.directory.organisation.LocationKind;
import org.socle.directory.organisation.Site;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.team.Team;
import org.socle.directory.people.Person;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamMember;
import org.socle.directory.team.TeamRole;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The matrix's fixed cast: establishments A and B, team T of A (and TB of B), and one
 * account per profile.
 */
final class World {

	final Fixtures fixtures;

	final EstablishmentRepository establishments;

	final ApiTokenService tokens;

	final HospitalGroupRepository groups;

	final Establishment a;

	final Establishment b;

	final Team teamA;

	final Team teamB;

	final Site siteA;

	final Site siteB;

	final Department poleA;

	final Department poleB;

	final Person personA;

	final Person personB;

	final Ticket ticketA;

	final Ticket ticketB;

	private final Map<Profile, UserAccount> accounts = new EnumMap<>(Profile.class);

	final JdbcClient jdbc;

	private Long assetCategory;

	private final Map<Side, Long> assets = new EnumMap<>(Side.class);

	World(Fixtures fixtures, EstablishmentRepository establishments, ApiTokenService tokens,
			HospitalGroupRepository groups, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.groups = groups;
		this.tokens = tokens;
		this.establishments = establishments;
		this.a = fixtures.establishment();
		this.b = fixtures.establishment();
		this.teamA = fixtures.team(this.a, TeamKind.IT);
		this.teamB = fixtures.team(this.b, TeamKind.IT);
		this.siteA = fixtures.site(this.a);
		this.siteB = fixtures.site(this.b);
		this.poleA = fixtures.department(this.a, null, DepartmentLevel.POLE);
		this.poleB = fixtures.department(this.b, null, DepartmentLevel.POLE);
		this.personA = fixtures.person(this.a);
		this.personB = fixtures.person(this.b);
		this.ticketA = fixtures.ticket(this.a, this.teamA, this.personA);
		this.ticketB = fixtures.ticket(this.b, this.teamB, this.personB);
		this.accounts.put(Profile.NO_ROLE, fixtures.account(this.a));
		this.accounts.put(Profile.STAFF_A, fixtures.establishmentAccount(Role.STAFF, this.a));
		this.accounts.put(Profile.AGENT_TEAM_A, fixtures.teamAccount(Role.AGENT, this.teamA));
		this.accounts.put(Profile.TEAM_LEAD_A, fixtures.teamAccount(Role.TEAM_LEAD, this.teamA));
		this.accounts.put(Profile.ADMIN_A, fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a));
		this.accounts.put(Profile.GROUP_STAFF, fixtures.groupAccount(Role.STAFF, this.a));
		this.accounts.put(Profile.GROUP_ADMIN, fixtures.groupAccount(Role.ADMINISTRATOR, this.a));
	}

	Establishment establishment(Side side) {
		return this.establishments.findById((side == Side.A) ? this.a.getId() : this.b.getId()).orElseThrow();
	}

	Team team(Side side) {
		return (side == Side.A) ? this.teamA : this.teamB;
	}

	Team freshTeam(Side side) {
		return this.fixtures.team(establishment(side), TeamKind.TECHNICAL);
	}

	Person person(Side side) {
		return (side == Side.A) ? this.personA : this.personB;
	}

	Person freshPerson(Side side) {
		return this.fixtures.person(establishment(side));
	}

	/** A new member of team T of the side, to change or remove. */
	TeamMember freshMember(Side side) {
		return this.fixtures.member(team(side), freshPerson(side), TeamRole.AGENT);
	}

	/** The ticket of the side's establishment, for team T of that side. */
	Ticket ticket(Side side) {
		return (side == Side.A) ? this.ticketA : this.ticketB;
	}

	/** A new ticket of the side, to change. */
	Ticket freshTicket(Side side) {
		return this.fixtures.ticket(establishment(side), team(side), person(side));
	}

	/** A new portal topic of the side's establishment, routed to team T of that side. */
	Long freshPortalTopic(Side side) {
		return this.jdbc.sql("insert into sd_portal_topic (establishment_id, team_id, type, label_fr, label_en, icon, "
				+ "created_at, created_by, last_modified_at, last_modified_by) "
				+ "values (?, ?, 'INCIDENT', 'Matrice', 'Matrix', 'printer', now(), 'test', now(), 'test') returning id")
			.params(establishment(side).getId(), team(side).getId())
			.query(Long.class)
			.single();
	}

	/** A new business calendar of the group (Monday to Friday, 08:00-18:00). */
	Long freshCalendar() {
		return this.jdbc
			.sql("insert into sd_calendar (name, weekly_hours, created_at, created_by, last_modified_at, "
					+ "last_modified_by) values (?, 'MONDAY 08:00-18:00', now(), 'test', now(), 'test') returning id")
			.params("Calendrier " + Fixtures.unique())
			.query(Long.class)
			.single();
	}

	/**
	 * An asset of the side's establishment, owned by team T of that side (made on first
	 * use, in a category of its own).
	 */
	long asset(Side side) {
		return this.assets.computeIfAbsent(side, s -> {
			long category = this.jdbc.sql("insert into inv_category (kind, code, name, criticality, created_at, "
					+ "created_by, last_modified_at, last_modified_by) values ('MEDICAL_DEVICE', ?, ?, 'MEDIUM', now(), "
					+ "'test', now(), 'test') returning id")
				.params("CAT-" + Fixtures.unique(), "Catégorie " + Fixtures.unique())
				.query(Long.class)
				.single();
			return insertAsset("MEDICAL_DEVICE", "INV-", category, s);
		});
	}

	/** The inventory number of {@link #asset(Side)}. */
	String assetNumber(Side side) {
		return this.jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(asset(side))
			.query(String.class)
			.single();
	}

	Site site(Side side) {
		return (side == Side.A) ? this.siteA : this.siteB;
	}

	Site freshSite(Side side) {
		return this.fixtures.site(establishment(side));
	}

	Location freshBuilding(Side side) {
		return this.fixtures.location(site(side), null, LocationKind.BUILDING);
	}

	/**
	 * A new inventory asset (IN_SERVICE) of the side's establishment, owned by team T of
	 * that side, in the matrix's category.
	 */
	Long freshAsset(Side side) {
		return insertAsset("IT_ITEM", "MATRIX-", assetCategory(), side);
	}

	/** An asset in service of that kind and category, owned by team T of the side. */
	private long insertAsset(String kind, String numberPrefix, long category, Side side) {
		return this.jdbc
			.sql("insert into inv_asset (kind, inventory_number, category_id, establishment_id, "
					+ "owner_team_id, status, created_at, created_by, last_modified_at, last_modified_by) "
					+ "values (?, ?, ?, ?, ?, 'IN_SERVICE', now(), 'test', now(), 'test') returning id")
			.params(kind, numberPrefix + Fixtures.unique(), category, establishment(side).getId(), team(side).getId())
			.query(Long.class)
			.single();
	}

	/** The inventory category of the matrix's assets (made once). */
	Long assetCategory() {
		if (this.assetCategory == null) {
			this.assetCategory = freshAssetCategory();
		}
		return this.assetCategory;
	}

	/** A new inventory category (version 0), to edit. */
	Long freshAssetCategory() {
		return this.jdbc
			.sql("insert into inv_category (kind, code, name, criticality, created_at, created_by, "
					+ "last_modified_at, last_modified_by) values ('IT_ITEM', ?, 'Matrice', 'MEDIUM', now(), "
					+ "'test', now(), 'test') returning id")
			.params("MATRIX-" + Fixtures.unique())
			.query(Long.class)
			.single();
	}

	/** A new inventory model (version 0) of a new manufacturer, to edit. */
	Long freshModel() {
		Long manufacturer = this.jdbc
			.sql("insert into inv_manufacturer (name, created_at, created_by, last_modified_at, last_modified_by) "
					+ "values (?, now(), 'test', now(), 'test') returning id")
			.params("Fabricant " + Fixtures.unique())
			.query(Long.class)
			.single();
		return this.jdbc
			.sql("insert into inv_model (manufacturer_id, category_id, commercial_name, created_at, created_by, "
					+ "last_modified_at, last_modified_by) values (?, ?, 'Modèle', now(), 'test', now(), 'test') "
					+ "returning id")
			.params(manufacturer, assetCategory())
			.query(Long.class)
			.single();
	}

	Department pole(Side side) {
		return (side == Side.A) ? this.poleA : this.poleB;
	}

	Department freshPole(Side side) {
		return this.fixtures.department(establishment(side), null, DepartmentLevel.POLE);
	}

	/** The database, for features that make their matrix rows' records in SQL. */
	JdbcClient jdbc() {
		return this.jdbc;
	}

	/** The one hospital group, as it is now. */
	HospitalGroup group() {
		return this.groups.findAll().get(0);
	}

	/** A new account (with no role) of a person of the side's establishment. */
	UserAccount freshAccount(Side side) {
		return this.fixtures.account(establishment(side));
	}

	/**
	 * A staff grant on the side's establishment, held by a new account of that
	 * establishment.
	 */
	RoleGrant freshGrant(Side side) {
		UserAccount account = freshAccount(side);
		return this.fixtures.grant(RoleGrant.forEstablishment(account, Role.STAFF, establishment(side)));
	}

	/** A token of an account that no profile is. */
	Long someoneElsesToken() {
		return this.tokens.create(freshAccount(Side.A).getId(), "autre", null).token().getId();
	}

	/** The principal of a profile, or null for an anonymous request. */
	UserDetails principal(Profile profile) {
		UserAccount account = this.accounts.get(profile);
		return (account != null) ? this.fixtures.principal(account) : null;
	}

	/**
	 * Text found only in B's records: must never appear in an answer to a profile that
	 * cannot see B.
	 */
	String markerOfB() {
		return this.b.getName();
	}

}
