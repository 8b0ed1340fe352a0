package org.socle.servicedesk.mail;

import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.UserAccount;
import org.socle.directory.account.UserAccountRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamRepository;
import org.socle.testing.Fixtures;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People with an address and an account language, and teams with an address. */
@TestComponent
public class MailFixtures {

	private final PersonRepository people;

	private final UserAccountRepository accounts;

	private final RoleGrantRepository grants;

	private final TeamRepository teams;

	private final PasswordEncoder passwords;

	MailFixtures(PersonRepository people, UserAccountRepository accounts, RoleGrantRepository grants,
			TeamRepository teams, PasswordEncoder passwords) {
		this.people = people;
		this.accounts = accounts;
		this.grants = grants;
		this.teams = teams;
		this.passwords = passwords;
	}

	/** A person with a unique address. */
	public Person person(Establishment establishment) {
		Person person = new Person("Camille", "Courriel " + Fixtures.unique(), establishment);
		person.setEmail("mail." + Fixtures.unique() + "@example.org");
		return this.people.saveAndFlush(person);
	}

	/** An account in that language ("fr", "en") for a new person with an address. */
	public UserAccount account(Establishment establishment, String locale) {
		UserAccount account = new UserAccount(person(establishment), "mail-" + Fixtures.unique(),
				this.passwords.encode(Fixtures.PASSWORD));
		account.setLocale(locale);
		return this.accounts.saveAndFlush(account);
	}

	/** An account in that language with one role over the team. */
	public UserAccount teamAccount(Role role, Team team, String locale) {
		UserAccount account = account(team.getEstablishment(), locale);
		this.grants.saveAndFlush(RoleGrant.forTeam(account, role, team));
		return account;
	}

	/** An account in that language with one role over the establishment. */
	public UserAccount establishmentAccount(Role role, Establishment establishment, String locale) {
		UserAccount account = account(establishment, locale);
		this.grants.saveAndFlush(RoleGrant.forEstablishment(account, role, establishment));
		return account;
	}

	/** Gives the team its own address in the directory. */
	public Team withEmail(Team team) {
		team.setEmail("team." + Fixtures.unique() + "@example.org");
		return this.teams.saveAndFlush(team);
	}

}
