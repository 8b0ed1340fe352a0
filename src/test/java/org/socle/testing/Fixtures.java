package org.socle.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.socle.directory.FinessNumber;
import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.UserAccount;
import org.socle.directory.account.UserAccountRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentKind;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRepository;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the rows a test needs, with unique names and FINESS numbers. */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "test-password";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final EstablishmentRepository establishments;

	private final PersonRepository people;

	private final TeamRepository teams;

	private final UserAccountRepository accounts;

	private final RoleGrantRepository grants;

	private final PasswordEncoder passwords;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transactions;

	Fixtures(EstablishmentRepository establishments, PersonRepository people, TeamRepository teams,
			UserAccountRepository accounts, RoleGrantRepository grants, PasswordEncoder passwords,
			UserDetailsService userDetails, TransactionTemplate transactions) {
		this.establishments = establishments;
		this.people = people;
		this.teams = teams;
		this.accounts = accounts;
		this.grants = grants;
		this.passwords = passwords;
		this.userDetails = userDetails;
		this.transactions = transactions;
	}

	/** A unique suffix for names in this test run. */
	public static String unique() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	/** A random, valid FINESS number (département 99, so never a real one). */
	public static String finess() {
		String eight = "99" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		return eight + FinessNumber.checkDigit(eight);
	}

	public Establishment establishment() {
		Establishment e = new Establishment("Établissement " + unique(), EstablishmentKind.HEALTH, finess(), finess());
		return this.establishments.saveAndFlush(e);
	}

	public Person person(Establishment establishment) {
		Person p = new Person("Test", "Personne " + unique(), establishment);
		return this.people.saveAndFlush(p);
	}

	public Team team(Establishment establishment, TeamKind kind) {
		return this.teams.saveAndFlush(new Team(establishment, "Équipe " + unique(), kind));
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
	 * The principal a signed-in request of this account carries (for MockMvc's
	 * user(...)).
	 */
	public UserDetails principal(UserAccount account) {
		return this.transactions.execute(status -> this.userDetails.loadUserByUsername(account.getLogin()));
	}

}
