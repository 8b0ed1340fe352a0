package org.socle.directory.demo;

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
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentKind;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.organisation.HospitalGroup;
import org.socle.directory.organisation.HospitalGroupRepository;
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
import org.socle.directory.team.TeamRepository;
import org.socle.directory.team.TeamRole;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with a fictional hospital group: a support CHU and member
 * establishments, their sites, departments, teams and people, and demo accounts (password
 * {@value #PASSWORD}).
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

	/** Runs first; other modules' demo data come after it ({@code ORDER + 1...}). */
	static final int ORDER = 100;

	static final String PASSWORD = "socle-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String[] FIRST_NAMES = { "Camille", "Julien", "Sophie", "Nicolas", "Élodie", "Thomas", "Chloé",
			"Mathieu", "Laura", "Antoine", "Manon", "Hugo", "Léa", "Maxime", "Inès", "Karim", "Aurélie", "Olivier" };

	private static final String[] LAST_NAMES = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
			"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Roux", "Fournier",
			"Girard" };

	private final HospitalGroupRepository groups;

	private final EstablishmentRepository establishments;

	private final SiteRepository sites;

	private final LocationRepository locations;

	private final DepartmentRepository departments;

	private final PersonRepository people;

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	private final UserAccountRepository accounts;

	private final RoleGrantRepository grants;

	private final PasswordEncoder passwords;

	DemoData(HospitalGroupRepository groups, EstablishmentRepository establishments, SiteRepository sites,
			LocationRepository locations, DepartmentRepository departments, PersonRepository people,
			TeamRepository teams, TeamMemberRepository members, UserAccountRepository accounts,
			RoleGrantRepository grants, PasswordEncoder passwords) {
		this.groups = groups;
		this.establishments = establishments;
		this.sites = sites;
		this.locations = locations;
		this.departments = departments;
		this.people = people;
		this.teams = teams;
		this.members = members;
		this.accounts = accounts;
		this.grants = grants;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.groups.count() > 0) {
			return;
		}
		log.info("Empty database: loading the demo hospital group");
		this.groups.save(new HospitalGroup("GHT Rives de Loire (démo)", "GHT-RDL", "FR"));
		Establishment chu = establishment("CHU de Valmont", "CHU Valmont", EstablishmentKind.HEALTH, "4400000", true);
		Establishment ch = establishment("Centre hospitalier de Saint-Aubin", "CH Saint-Aubin",
				EstablishmentKind.HEALTH, "4400010", false);
		Establishment chs = establishment("Centre hospitalier spécialisé de Clairval", "CHS Clairval",
				EstablishmentKind.HEALTH, "4400020", false);
		Establishment ehpad = establishment("EHPAD Les Tilleuls", "EHPAD Tilleuls", EstablishmentKind.MEDICO_SOCIAL,
				"4400030", false);
		Establishment mas = establishment("Maison d'accueil spécialisée Le Verger", "MAS Le Verger",
				EstablishmentKind.MEDICO_SOCIAL, "4400040", false);

		List<Person> chuPeople = new ArrayList<>();
		List<Department> chUnits = new ArrayList<>();
		for (Establishment e : List.of(chu, ch, chs, ehpad, mas)) {
			Site site = site(e);
			buildings(site);
			List<Department> units = departments(e);
			if (e == ch) {
				chUnits.addAll(units);
			}
			List<Person> staff = staff(e, units, (e == chu) ? 24 : 8);
			if (e == chu) {
				chuPeople.addAll(staff);
			}
		}
		Team it = team(chu, "Informatique GHT", TeamKind.IT, chuPeople.subList(0, 4));
		Team biomedical = team(chu, "Biomédical GHT", TeamKind.BIOMEDICAL, chuPeople.subList(4, 8));
		team(chu, "Services techniques", TeamKind.TECHNICAL, chuPeople.subList(8, 11));
		team(chu, "Qualité et gestion des risques", TeamKind.QUALITY, chuPeople.subList(11, 13));
		team(chu, "PMO GHT", TeamKind.PMO, chuPeople.subList(13, 15));

		account(chuPeople.get(20), "admin", RoleGrant::groupWide, Role.ADMINISTRATOR);
		UserAccount agent = account(chuPeople.get(0), "agent.si", RoleGrant::groupWide, Role.STAFF);
		this.grants.save(RoleGrant.forTeam(agent, Role.AGENT, it));
		// agent.si leads the IT team: he keeps its services, agreements and categories
		this.grants.save(RoleGrant.forTeam(agent, Role.TEAM_LEAD, it));
		UserAccount bioAgent = account(chuPeople.get(5), "agent.bio", RoleGrant::groupWide, Role.STAFF);
		this.grants.save(RoleGrant.forTeam(bioAgent, Role.AGENT, biomedical));
		Person bruno = person("Bruno", "Lemaire", "Directeur des services numériques", ch);
		bruno.setEmail("bruno.lemaire@ch-saint-aubin.example.org");
		Person director = this.people.save(bruno);
		// Claire works in a cardiology unit; her pole's head approves her catalogue
		// requests
		Person claire = person("Claire", "Morel", "Infirmière", ch);
		claire.setDepartment(chUnits.get(0));
		claire.setEmail("claire.morel@ch-saint-aubin.example.org");
		Person nurse = this.people.save(claire);
		Department pole = chUnits.get(0).getParent().getParent();
		pole.setHeadId(director.getId());
		this.departments.save(pole);
		UserAccount staff = account(nurse, "claire.morel", null, null);
		this.grants.save(RoleGrant.forEstablishment(staff, Role.STAFF, ch));
		UserAccount admin = account(director, "admin.saint-aubin", null, null);
		this.grants.save(RoleGrant.forEstablishment(admin, Role.ADMINISTRATOR, ch));
	}

	private Establishment establishment(String name, String shortName, EstablishmentKind kind, String seven,
			boolean support) {
		String legal = withCheckDigit(seven + "0");
		String geographic = withCheckDigit(seven + "1");
		Establishment e = new Establishment(name, kind, legal, geographic);
		e.setShortName(shortName);
		e.setSupport(support);
		return this.establishments.save(e);
	}

	private static String withCheckDigit(String eight) {
		return eight + FinessNumber.checkDigit(eight);
	}

	private Site site(Establishment e) {
		Site site = new Site(e, "Site principal — " + e.getShortName());
		site.setStreet("1 rue de l'Hôpital");
		site.setPostalCode("44000");
		site.setCity("Valmont");
		return this.sites.save(site);
	}

	private void buildings(Site site) {
		for (String b : List.of("A", "B")) {
			Location building = this.locations.save(new Location(site, null, LocationKind.BUILDING, "Bâtiment " + b));
			for (int f = 0; f <= 1; f++) {
				Location floor = this.locations
					.save(new Location(site, building, LocationKind.FLOOR, "Bâtiment " + b + " — niveau " + f));
				for (int r = 1; r <= 2; r++) {
					Location room = new Location(site, floor, LocationKind.ROOM, "Local " + b + f + "0" + r);
					room.setCode(b + f + "0" + r);
					this.locations.save(room);
				}
			}
		}
	}

	private List<Department> departments(Establishment e) {
		String p = e.getShortName().replaceAll("[^A-Z]", "");
		Department medicine = this.departments
			.save(new Department(e, null, DepartmentLevel.POLE, p + "-P1", "Pôle médecine"));
		Department support = this.departments
			.save(new Department(e, null, DepartmentLevel.POLE, p + "-P2", "Pôle ressources et logistique"));
		Department cardio = this.departments
			.save(new Department(e, medicine, DepartmentLevel.SERVICE, p + "-S11", "Cardiologie"));
		Department it = this.departments
			.save(new Department(e, support, DepartmentLevel.SERVICE, p + "-S21", "Direction du numérique"));
		return List.of(
				this.departments.save(new Department(e, cardio, DepartmentLevel.FUNCTIONAL_UNIT, p + "-UF111",
						"Hospitalisation cardiologie")),
				this.departments.save(new Department(e, cardio, DepartmentLevel.FUNCTIONAL_UNIT, p + "-UF112",
						"Soins intensifs cardiologiques")),
				this.departments.save(
						new Department(e, it, DepartmentLevel.FUNCTIONAL_UNIT, p + "-UF211", "Support informatique")));
	}

	private List<Person> staff(Establishment e, List<Department> units, int count) {
		List<Person> staff = new ArrayList<>();
		String domain = e.getShortName().toLowerCase().replaceAll("[^a-z]", "");
		for (int i = 0; i < count; i++) {
			String first = FIRST_NAMES[(i + domain.length()) % FIRST_NAMES.length];
			String last = LAST_NAMES[(i * 7 + domain.length()) % LAST_NAMES.length];
			Person p = person(first, last, (i % 3 == 0) ? "Infirmier(ère)" : "Technicien(ne)", e);
			p.setEmail(ascii(first) + "." + ascii(last) + i + "@" + domain + ".example.org");
			p.setDepartment(units.get(i % units.size()));
			staff.add(this.people.save(p));
		}
		return staff;
	}

	private static Person person(String first, String last, String title, Establishment e) {
		Person p = new Person(first, last, e);
		p.setJobTitle(title);
		return p;
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase();
	}

	private Team team(Establishment e, String name, TeamKind kind, List<Person> people) {
		Team team = this.teams.save(new Team(e, name, kind));
		for (int i = 0; i < people.size(); i++) {
			this.members.save(new TeamMember(team, people.get(i), (i == 0) ? TeamRole.LEAD : TeamRole.AGENT));
		}
		return team;
	}

	private UserAccount account(Person person, String login,
			java.util.function.BiFunction<UserAccount, Role, RoleGrant> grant, Role role) {
		UserAccount account = this.accounts.save(new UserAccount(person, login, this.passwords.encode(PASSWORD)));
		if (grant != null) {
			this.grants.save(grant.apply(account, role));
		}
		return account;
	}

}
