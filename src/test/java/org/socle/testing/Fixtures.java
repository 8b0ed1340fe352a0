package org.socle.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.socle.directory.FinessNumber;
import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.UserAccount;
import org.socle.directory.account.UserAccountRepository;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentKind;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.organisation.Location;
import org.socle.directory.organisation.LocationKind;
import org.socle.directory.organisation.LocationRepository;
import org.socle.directory.organisation.Site;
import org.socle.directory.organisation.SiteRepository;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamMember;
import org.socle.directory.team.TeamMemberRepository;
import org.socle.directory.team.TeamRole;
import org.socle.directory.team.TeamRepository;
import org.socle.servicedesk.ticket.Channel;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.TicketType;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Builds the rows a test needs, with unique names and FINESS numbers. */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "test-password";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/**
	 * FINESS numbers of départements 90 to 99, handed out in sequence from a random
	 * start: unique within a run (a test run creates thousands), unlikely to meet an
	 * earlier run's on a server.
	 */
	private static final long FINESS_SPACE = 10_000_000L;

	private static final AtomicLong FINESS_SEQUENCE = new AtomicLong(
			ThreadLocalRandom.current().nextLong(FINESS_SPACE));

	private final EstablishmentRepository establishments;

	private final PersonRepository people;

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	private final UserAccountRepository accounts;

	private final RoleGrantRepository grants;

	private final PasswordEncoder passwords;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transactions;

	private final DepartmentRepository departments;

	private final SiteRepository sites;

	private final LocationRepository locations;

	private final TicketRepository tickets;

	Fixtures(EstablishmentRepository establishments, PersonRepository people, TeamRepository teams,
			TeamMemberRepository members, UserAccountRepository accounts, RoleGrantRepository grants,
			PasswordEncoder passwords, UserDetailsService userDetails, TransactionTemplate transactions,
			DepartmentRepository departments, SiteRepository sites, LocationRepository locations,
			TicketRepository tickets) {
		this.tickets = tickets;
		this.departments = departments;
		this.establishments = establishments;
		this.people = people;
		this.teams = teams;
		this.members = members;
		this.accounts = accounts;
		this.grants = grants;
		this.passwords = passwords;
		this.userDetails = userDetails;
		this.transactions = transactions;
		this.sites = sites;
		this.locations = locations;
	}

	/** A unique suffix for names in this test run. */
	public static String unique() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	/** A valid FINESS number that no other call of this run returns. */
	public static String finess() {
		long n = FINESS_SEQUENCE.getAndIncrement() % FINESS_SPACE;
		String eight = (90 + n / 1_000_000) + String.format("%06d", n % 1_000_000);
		return eight + FinessNumber.checkDigit(eight);
	}

	public Establishment establishment() {
		Establishment e = new Establishment("Établissement " + unique(), EstablishmentKind.HEALTH, finess(), finess());
		return this.establishments.saveAndFlush(e);
	}

	/** A site of the establishment, in a city named after it. */
	public Site site(Establishment establishment) {
		Site site = new Site(establishment, "Site " + unique());
		site.setCity("Ville " + unique());
		return this.sites.saveAndFlush(site);
	}

	/** A location of the site under the parent (null for a building). */
	public Location location(Site site, Location parent, LocationKind kind) {
		return this.locations.saveAndFlush(new Location(site, parent, kind, kind + " " + unique()));
	}

	public Person person(Establishment establishment) {
		Person p = new Person("Test", "Personne " + unique(), establishment);
		return this.people.saveAndFlush(p);
	}

	/** A department with a unique code, under the given parent (null for a pole). */
	public Department department(Establishment establishment, Department parent, DepartmentLevel level) {
		String code = "D-" + unique();
		return this.departments.saveAndFlush(new Department(establishment, parent, level, code, "Structure " + code));
	}

	/** A person with a unique e-mail, in a department (or none). */
	public Person person(Establishment establishment, Department department) {
		Person p = new Person("Test", "Personne " + unique(), establishment);
		p.setEmail("test." + unique() + "@example.org");
		p.setDepartment(department);
		return this.people.saveAndFlush(p);
	}

	public Team team(Establishment establishment, TeamKind kind) {
		return this.teams.saveAndFlush(new Team(establishment, "Équipe " + unique(), kind));
	}

	/** A person's membership of a team. */
	public TeamMember member(Team team, Person person, TeamRole role) {
		return this.members.saveAndFlush(new TeamMember(team, person, role));
	}

	/** An account with one role over the whole group. */
	public UserAccount groupAccount(Role role, Establishment home) {
		UserAccount account = account(home);
		this.grants.saveAndFlush(RoleGrant.groupWide(account, role));
		return account;
	}

	/** An account with one role over one establishment. */
	public UserAccount establishmentAccount(Role role, Establishment establishment) {
		UserAccount account = account(establishment);
		this.grants.saveAndFlush(RoleGrant.forEstablishment(account, role, establishment));
		return account;
	}

	/** An account with one role over one team. */
	public UserAccount teamAccount(Role role, Team team) {
		UserAccount account = account(team.getEstablishment());
		this.grants.saveAndFlush(RoleGrant.forTeam(account, role, team));
		return account;
	}

	/** Gives an account one more role grant. */
	public RoleGrant grant(RoleGrant grant) {
		return this.grants.saveAndFlush(grant);
	}

	/** An account with no role at all. */
	public UserAccount account(Establishment home) {
		Person person = person(home);
		return this.accounts.saveAndFlush(new UserAccount(person, "user-" + unique(), this.passwords.encode(PASSWORD)));
	}

	/**
	 * The request, signed in as the account (with a CSRF token, as a browser's form would
	 * have).
	 */
	public <B extends AbstractMockHttpServletRequestBuilder<B>> B as(UserAccount account, B request) {
		return request.with(user(principal(account))).with(csrf());
	}

	/**
	 * The principal a signed-in request of this account carries (for MockMvc's
	 * user(...)).
	 */
	public UserDetails principal(UserAccount account) {
		return this.transactions.execute(status -> this.userDetails.loadUserByUsername(account.getLogin()));
	}

	/**
	 * A new incident (impact 2, urgency 2, priority 3) of the establishment, for the
	 * team, raised by the requester.
	 */
	public Ticket ticket(Establishment establishment, Team team, Person requester) {
		Ticket ticket = new Ticket(TicketType.INCIDENT.number(this.tickets.nextNumber()), TicketType.INCIDENT,
				"Ticket " + unique(), requester.getId(), establishment.getId(), team.getId(), Channel.PORTAL);
		ticket.prioritise(2, 2, 3);
		return this.tickets.saveAndFlush(ticket);
	}

}
