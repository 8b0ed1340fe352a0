package org.socle.inventory.asset;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.DirectoryApi.TeamRef;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's register: French and Quebec categories with their regulatory flags, a
 * catalogue of models with aliases, and about forty assets across the demo
 * establishments, kept by the demo biomedical, IT and technical teams, with a few status
 * changes and moves. Written once, when the demo categories are missing.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(120)
class RegisterDemo implements ApplicationRunner {

	private static final String BY = "demo";

	private final JdbcClient jdbc;

	private final DirectoryApi directory;

	RegisterDemo(JdbcClient jdbc, DirectoryApi directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Long> teams = this.directory.teams()
			.stream()
			.collect(Collectors.toMap(TeamRef::name, TeamRef::id, (a, b) -> a));
		Long it = teams.get("Informatique GHT");
		Long biomedical = teams.get("Biomédical GHT");
		Long technical = teams.get("Services techniques");
		List<Long> establishments = this.directory.establishments().stream().map(EstablishmentRef::id).toList();
		boolean done = this.jdbc.sql("select count(*) from inv_category where code = 'POMPE-PERF'")
			.query(Long.class)
			.single() > 0;
		if (done || it == null || biomedical == null || technical == null || establishments.isEmpty()) {
			return;
		}
		List<Kind> kinds = List.of(kind(
				category("POMPE-PERF", "Pompes à perfusion", "MEDICAL_DEVICE", "IIB", "HIGH", "MAINTENANCE_MANDATORY",
						"ELECTRICAL_SAFETY", "QC_HC_LICENCE", "QC_MAINTENANCE_PROGRAM"),
				biomedical, "BIO", "Fresenius Kabi|Agilia VP|Volumat Agilia", "B. Braun|Infusomat Space|Space VP"),
				kind(category("MONITEUR", "Moniteurs multiparamétriques", "MEDICAL_DEVICE", "IIB", "HIGH",
						"MAINTENANCE_MANDATORY", "ELECTRICAL_SAFETY", "QC_MAINTENANCE_PROGRAM"), biomedical, "BIO",
						"Philips|IntelliVue MX450|MX450", "GE HealthCare|CARESCAPE B450|B450"),
				kind(category("VENTILATEUR", "Ventilateurs de réanimation", "MEDICAL_DEVICE", "IIB", "HIGH",
						"MAINTENANCE_MANDATORY", "ELECTRICAL_SAFETY", "QC_HC_LICENCE", "QC_MAINTENANCE_PROGRAM"),
						biomedical, "BIO", "Dräger|Evita V600|Evita Infinity V600"),
				kind(category("DEFIBRILLATEUR", "Défibrillateurs", "MEDICAL_DEVICE", "III", "HIGH",
						"MAINTENANCE_MANDATORY", "ELECTRICAL_SAFETY", "QC_MAINTENANCE_PROGRAM"), biomedical, "BIO",
						"ZOLL|AED Plus|Zoll AED+"),
				kind(category("RADIO-MOBILE", "Radiologie mobile (rayonnements ionisants)", "MEDICAL_DEVICE", "IIB",
						"HIGH", "MAINTENANCE_MANDATORY", "INTERNAL_QC", "EXTERNAL_QC", "IONISING_RADIATION",
						"QC_RADIATION_PERMIT"), biomedical, "BIO", "Siemens Healthineers|Mobilett Elara Max|Elara Max"),
				kind(category("POSTE", "Postes de travail", "IT_ITEM", null, "MEDIUM"), it, "SI",
						"Dell|OptiPlex 7010|OptiPlex 7010 SFF"),
				kind(category("SERVEUR", "Serveurs", "IT_ITEM", null, "HIGH"), it, "SI",
						"HPE|ProLiant DL380 Gen11|DL380 G11"),
				kind(category("COMMUTATEUR", "Commutateurs réseau", "IT_ITEM", null, "HIGH"), it, "SI",
						"Cisco|Catalyst 9300|C9300-48P"),
				kind(category("IMPRIMANTE", "Imprimantes", "IT_ITEM", null, "LOW"), it, "SI",
						"HP|LaserJet Enterprise M507|M507dn"),
				kind(category("CHAUDIERE", "Chaudières", "TECHNICAL", null, "HIGH", "MAINTENANCE_MANDATORY"), technical,
						"TEC", "Viessmann|Vitocrossal 200|CM2C"),
				kind(category("ASCENSEUR", "Ascenseurs", "TECHNICAL", null, "HIGH", "MAINTENANCE_MANDATORY"), technical,
						"TEC", "Schindler|3300|Schindler 3300 MRL"));
		Instant now = Instant.now();
		for (int i = 0; i < 40; i++) {
			Kind kind = kinds.get(i % kinds.size());
			long establishment = establishments.get(i % establishments.size());
			long model = kind.models().get(i % kind.models().size());
			long asset = asset(kind, model, establishment, "DEMO-" + kind.prefix() + "-" + (1001 + i), i, now);
			demoLife(asset, i, now);
		}
	}

	/** Some assets went on loan, to repair, out of service or were retired. */
	private void demoLife(long asset, int i, Instant now) {
		Instant when = now.minus(30 - (i % 20), ChronoUnit.DAYS);
		switch (i % 8) {
			case 3 -> step(asset, "IN_SERVICE", "ON_LOAN", "Prêt au bloc opératoire", when);
			case 5 -> step(asset, "IN_SERVICE", "IN_REPAIR", "Panne signalée par le service", when);
			case 6 -> step(asset, "IN_SERVICE", "OUT_OF_SERVICE", "Alarme défectueuse, en attente de pièce", when);
			case 7 -> {
				if (i > 20) {
					step(asset, "IN_SERVICE", "OUT_OF_SERVICE", "Hors d'usage", when);
					step(asset, "OUT_OF_SERVICE", "RETIRED", "Réformé : coût de réparation excessif",
							when.plus(2, ChronoUnit.DAYS));
				}
			}
			default -> {
			}
		}
	}

	private long asset(Kind kind, long model, long establishment, String number, int i, Instant now) {
		Long location = this.jdbc.sql("""
				select l.id from dir_location l join dir_site s on s.id = l.site_id
				 where s.establishment_id = :e order by l.id offset :n limit 1""")
			.param("e", establishment)
			.param("n", i % 3)
			.query(Long.class)
			.optional()
			.orElse(null);
		Instant created = now.minus(400 + i, ChronoUnit.DAYS);
		long id = this.jdbc.sql("""
				insert into inv_asset (kind, inventory_number, serial_number, category_id, model_id, establishment_id,
				 owner_team_id, location_id, status, first_in_service_on, warranty_end_on, created_at, created_by,
				 last_modified_at, last_modified_by)
				 select kind, :number, :serial, id, :model, :establishment, :team, :location, 'IN_SERVICE', :since,
				 :warranty, :at, :by, :at, :by from inv_category where id = :category returning id""")
			.param("number", number)
			.param("serial", "SN" + (730000 + i * 37))
			.param("category", kind.category())
			.param("model", model)
			.param("establishment", establishment)
			.param("team", kind.team())
			.param("location", location)
			.param("since", Date.valueOf(LocalDate.of(2019 + i % 6, 1 + i % 12, 1 + i % 27)))
			.param("warranty", Date.valueOf(LocalDate.of(2025 + i % 4, 1 + i % 12, 1)))
			.param("at", Timestamp.from(created))
			.param("by", BY)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into inv_asset_status_change (asset_id, to_status, changed_by, changed_at)
				 values (:id, 'IN_SERVICE', :by, :at)""")
			.param("id", id)
			.param("by", BY)
			.param("at", Timestamp.from(created))
			.update();
		this.jdbc.sql("""
				insert into inv_asset_move (asset_id, to_establishment_id, to_location_id, moved_by, moved_at)
				 values (:id, :e, :l, :by, :at)""")
			.param("id", id)
			.param("e", establishment)
			.param("l", location)
			.param("by", BY)
			.param("at", Timestamp.from(created))
			.update();
		return id;
	}

	private void step(long asset, String from, String to, String reason, Instant at) {
		this.jdbc.sql("""
				insert into inv_asset_status_change (asset_id, from_status, to_status, reason, changed_by, changed_at)
				 values (:id, :from, :to, :reason, :by, :at)""")
			.param("id", asset)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("by", BY)
			.param("at", Timestamp.from(at))
			.update();
		this.jdbc.sql("update inv_asset set status = :to where id = :id").param("to", to).param("id", asset).update();
	}

	private long category(String code, String name, String kind, String deviceClass, String criticality,
			String... flags) {
		long id = this.jdbc.sql("""
				insert into inv_category (kind, code, name, device_class, criticality, created_at, created_by,
				 last_modified_at, last_modified_by) values (:kind, :code, :name, :class, :criticality, now(), :by,
				 now(), :by) returning id""")
			.param("kind", kind)
			.param("code", code)
			.param("name", name)
			.param("class", deviceClass)
			.param("criticality", criticality)
			.param("by", BY)
			.query(Long.class)
			.single();
		for (String flag : flags) {
			this.jdbc.sql("insert into inv_category_flag (category_id, flag_code) values (:id, :flag)")
				.param("id", id)
				.param("flag", flag)
				.update();
		}
		return id;
	}

	/**
	 * A demo category with its team, number prefix and models, each given as
	 * "manufacturer|commercial name|alias".
	 */
	private Kind kind(long category, long team, String prefix, String... models) {
		List<Long> ids = java.util.Arrays.stream(models)
			.map(m -> m.split("\\|"))
			.map(m -> model(category, m[0], m[1], m[2]))
			.toList();
		return new Kind(category, team, prefix, ids);
	}

	private long model(long category, String manufacturer, String name, String alias) {
		long maker = this.jdbc.sql("""
				insert into inv_manufacturer (name, created_at, created_by, last_modified_at, last_modified_by)
				 values (:name, now(), :by, now(), :by)
				 on conflict (name) do update set name = excluded.name returning id""")
			.param("name", manufacturer)
			.param("by", BY)
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into inv_model (manufacturer_id, category_id, commercial_name, created_at, created_by,
				 last_modified_at, last_modified_by) values (:maker, :category, :name, now(), :by, now(), :by)
				 returning id""")
			.param("maker", maker)
			.param("category", category)
			.param("name", name)
			.param("by", BY)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into inv_model_alias (model_id, alias) values (:id, :alias)")
			.param("id", id)
			.param("alias", alias)
			.update();
		return id;
	}

	/** A demo category, its owner team, its number prefix and its models. */
	private record Kind(long category, long team, String prefix, List<Long> models) {
	}

}
