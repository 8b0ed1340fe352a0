package org.socle.inventory.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.socle.shared.web.CsvExport;

import org.springframework.stereotype.Component;

/**
 * The filtered asset list as CSV (semicolons, BOM) or Excel (FastExcel, streamed), with
 * establishment and team names.
 */
@Component
class AssetExports {

	static final List<String> HEADERS = List.of("id", "inventoryNumber", "name", "serialNumber", "kind", "category",
			"model", "establishment", "ownerTeam", "status", "criticality", "lastModifiedAt");

	private final AssetList list;

	private final RegisterDirectory directory;

	AssetExports(AssetList list, RegisterDirectory directory) {
		this.list = list;
		this.directory = directory;
	}

	void csv(AssetFilter filter, HttpServletResponse response) {
		List<AssetRow> rows = this.list.all(filter);
		Map<Long, String> establishments = this.directory.establishmentNames();
		Map<Long, String> teams = this.directory.teamNames();
		CsvExport.write(response, "assets.csv", HEADERS, rows, r -> columns(r, establishments, teams));
	}

	void xlsx(AssetFilter filter, HttpServletResponse response) {
		List<AssetRow> rows = this.list.all(filter);
		Map<Long, String> establishments = this.directory.establishmentNames();
		Map<Long, String> teams = this.directory.teamNames();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"assets.xlsx\"");
		try {
			Workbook workbook = new Workbook(response.getOutputStream(), "Socle", "1.0");
			Worksheet sheet = workbook.newWorksheet("assets");
			for (int c = 0; c < HEADERS.size(); c++) {
				sheet.value(0, c, HEADERS.get(c));
			}
			sheet.style(0, 0).bold().set();
			int r = 1;
			for (AssetRow row : rows) {
				List<?> values = columns(row, establishments, teams);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						sheet.value(r, c, number);
					}
					else if (value != null) {
						sheet.value(r, c, value.toString());
					}
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> columns(AssetRow r, Map<Long, String> establishments, Map<Long, String> teams) {
		return java.util.Arrays.asList(r.id(), r.inventoryNumber(), r.name(), r.serialNumber(), r.kind(), r.category(),
				r.model(), establishments.get(r.establishmentId()), teams.get(r.ownerTeamId()), r.status(),
				r.criticality(), r.lastModifiedAt());
	}

}
