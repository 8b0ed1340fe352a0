package org.socle.shared.csvimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column an importer reads. A file's header matches it when, ignoring case, accents,
 * spaces and punctuation, it equals the key or one of the aliases: "Prénom", "PRENOM" and
 * "first_name" all match {@code ImportColumn.required("firstName", "prénom",
 * "first_name")}.
 *
 * @param key the name the importer reads values by
 * @param required whether a file without this column is refused
 * @param aliases other accepted header names; the first one heads the downloadable
 * template
 */
public record ImportColumn(String key, boolean required, List<String> aliases) {

	public ImportColumn {
		aliases = List.copyOf(aliases);
	}

	public static ImportColumn required(String key, String... aliases) {
		return new ImportColumn(key, true, List.of(aliases));
	}

	public static ImportColumn optional(String key, String... aliases) {
		return new ImportColumn(key, false, List.of(aliases));
	}

	/** The header written in the downloadable template. */
	public String templateHeader() {
		return this.aliases.isEmpty() ? this.key : this.aliases.get(0);
	}

	public boolean matches(String header) {
		String wanted = normalise(header);
		if (wanted.isEmpty()) {
			return false;
		}
		return wanted.equals(normalise(this.key)) || this.aliases.stream().anyMatch(a -> wanted.equals(normalise(a)));
	}

	/**
	 * Lower case, without accents, keeping only letters and digits: "Libellé" and
	 * "LIBELLE" give "libelle", "code_uf" and "Code UF" give "codeuf".
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
