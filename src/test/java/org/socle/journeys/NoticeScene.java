package org.socle.journeys;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.InventoryFixtures.AssetRow;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register a safety notice journey starts from: pumps of one model (with a device
 * identifier) kept by the biomedical team in CH Saint-Aubin and CHU Valmont, serials of
 * one shape of their own (a range's, written with zeros, spaces, small letters), one in a
 * lot written without its separator, one retired and one on loan; and the near misses: a
 * serial of another shape, one outside the range, another lot, and another model with a
 * serial and a lot that would match.
 */
record NoticeScene(Establishment saintAubin, Establishment valmont, long model, String modelName, String manufacturer,
		String gtin, String serial, String lot, List<Long> affected, List<Long> nearMisses) {

	/** The pumps of one model in two establishments, and the near misses. */
	static NoticeScene of(InventoryFixtures inventory, JdbcClient jdbc, EstablishmentRepository establishments) {
		Establishment saintAubin = establishment(establishments, "Centre hospitalier de Saint-Aubin");
		Establishment valmont = establishment(establishments, "CHU de Valmont");
		Long team = jdbc.sql("select id from dir_team where name = 'Biomédical GHT'").query(Long.class).single();
		long category = inventory.category("MEDICAL_DEVICE");
		String gtin = newGtin();
		long model = inventory.model(category, "Volumat Agilia " + Fixtures.unique(), gtin);
		long otherModel = inventory.model(category, "Perfusor Space " + Fixtures.unique(), null);
		String serial = token();
		String lot = token();
		Pump pumps = new Pump(inventory, team, category, model);
		List<Long> affected = List.of(pumps.at(saintAubin, serial + "-000150", null, "IN_SERVICE"),
				pumps.at(saintAubin, serial.toLowerCase() + " 0199", null, "RETIRED"),
				pumps.at(valmont, serial + "000120", null, "IN_SERVICE"),
				pumps.at(valmont, serial + "-0130", null, "ON_LOAN"),
				pumps.at(valmont, "K77", lot + "240317", "IN_STOCK"),
				pumps.at(saintAubin, serial + "-0420", null, "IN_SERVICE"));
		List<Long> nearMisses = List.of(pumps.at(saintAubin, serial + "-0150-B", null, "IN_SERVICE"),
				pumps.at(valmont, serial + "-0421", null, "IN_SERVICE"),
				pumps.at(saintAubin, serial + "-000250", lot + "240318", "IN_SERVICE"),
				new Pump(inventory, team, category, otherModel).at(saintAubin, serial + "-0160", lot + "240317",
						"IN_SERVICE"));
		String manufacturer = jdbc
			.sql("select f.name from inv_manufacturer f join inv_model m on m.manufacturer_id = f.id where m.id = ?")
			.params(model)
			.query(String.class)
			.single();
		String modelName = jdbc.sql("select commercial_name from inv_model where id = ?")
			.params(model)
			.query(String.class)
			.single();
		return new NoticeScene(saintAubin, valmont, model, modelName, manufacturer, gtin, serial, lot, affected,
				nearMisses);
	}

	private static Establishment establishment(EstablishmentRepository establishments, String name) {
		return establishments.findAll().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
	}

	/** Capital letters no other test uses: a serial shape or a lot of its own. */
	private static String token() {
		StringBuilder letters = new StringBuilder("Q");
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	/** A GTIN-14 with a right check digit. */
	private static String newGtin() {
		String body = "0" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
		int sum = 0;
		for (int i = 0; i < 13; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 3 : 1);
		}
		return body + (10 - sum % 10) % 10;
	}

	/** Makes pumps of one model, kept by one team. */
	private static final class Pump {

		private final InventoryFixtures inventory;

		private final Long team;

		private final long category;

		private final long model;

		Pump(InventoryFixtures inventory, Long team, long category, long model) {
			this.inventory = inventory;
			this.team = team;
			this.category = category;
			this.model = model;
		}

		long at(Establishment establishment, String serial, String lot, String status) {
			return this.inventory.asset(new AssetRow(establishment.getId(), this.team, this.category, this.model,
					serial, lot, status, LocalDate.of(2021, 3, 1)));
		}

	}

}
