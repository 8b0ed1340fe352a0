package org.socle.directory.setup;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.FinessNumber;
import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.UserAccount;
import org.socle.directory.account.UserAccountRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentKind;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.organisation.HospitalGroup;
import org.socle.directory.organisation.HospitalGroupRepository;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any account, creates the group, its support establishment and a
 * group-wide administrator from {@link FirstRunSettings}, so a production installation
 * can be signed in to without demo data. Bad settings stop the start with a message
 * naming each one.
 */
@Component
@Order(0)
@EnableConfigurationProperties(FirstRunSettings.class)
class FirstRunSetup implements ApplicationRunner {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

	private final FirstRunSettings settings;

	private final HospitalGroupRepository groups;

	private final EstablishmentRepository establishments;

	private final PersonRepository people;

	private final UserAccountRepository accounts;

	private final RoleGrantRepository grants;

	private final PasswordEncoder passwords;

	FirstRunSetup(FirstRunSettings settings, HospitalGroupRepository groups, EstablishmentRepository establishments,
			PersonRepository people, UserAccountRepository accounts, RoleGrantRepository grants,
			PasswordEncoder passwords) {
		this.settings = settings;
		this.groups = groups;
		this.establishments = establishments;
		this.people = people;
		this.accounts = accounts;
		this.grants = grants;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.settings.requested() && this.accounts.count() == 0) {
			create(this.settings);
		}
	}

	/** Creates what the settings describe; the group is reused if one exists. */
	@Transactional
	UserAccount create(FirstRunSettings s) {
		List<String> problems = problems(s);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("First-run set-up refused: " + String.join("; ", problems));
		}
		HospitalGroup group = this.groups.findAll()
			.stream()
			.findFirst()
			.orElseGet(
					() -> this.groups.save(new HospitalGroup(s.groupName().strip(), s.groupShortName().strip(), "FR")));
		Establishment support = new Establishment(s.establishmentName().strip(), EstablishmentKind.HEALTH,
				s.legalFiness().strip().toUpperCase(), s.geographicFiness().strip().toUpperCase());
		support.setSupport(true);
		support = this.establishments.save(support);
		Person person = new Person(s.adminFirstName().strip(), s.adminLastName().strip(), support);
		person.setEmail(s.adminEmail());
		person = this.people.save(person);
		UserAccount admin = this.accounts
			.save(new UserAccount(person, s.adminLogin().strip(), this.passwords.encode(s.adminPassword())));
		this.grants.save(RoleGrant.groupWide(admin, Role.ADMINISTRATOR));
		log.info("First-run set-up: group {}, establishment {}, administrator {}", group.getName(), support.getName(),
				admin.getLogin());
		return admin;
	}

	private static List<String> problems(FirstRunSettings s) {
		List<String> problems = new ArrayList<>();
		required(problems, "socle.setup.group-name", s.groupName());
		required(problems, "socle.setup.group-short-name", s.groupShortName());
		required(problems, "socle.setup.establishment-name", s.establishmentName());
		required(problems, "socle.setup.admin-first-name", s.adminFirstName());
		required(problems, "socle.setup.admin-last-name", s.adminLastName());
		if (!FinessNumber.isValid(s.legalFiness())) {
			problems.add("socle.setup.legal-finess is not a FINESS number with a correct check digit");
		}
		if (!FinessNumber.isValid(s.geographicFiness())) {
			problems.add("socle.setup.geographic-finess is not a FINESS number with a correct check digit");
		}
		if (s.adminPassword() == null || s.adminPassword().length() < MIN_PASSWORD_LENGTH) {
			problems.add("socle.setup.admin-password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		return problems;
	}

	private static void required(List<String> problems, String name, String value) {
		if (value == null || value.isBlank()) {
			problems.add(name + " is required");
		}
	}

}
