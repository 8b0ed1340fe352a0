package org.socle.servicedesk.attachment;

/** File names as uploaders send them, made fit to show and to offer back. */
final class Filenames {

	private static final int MAX = 200;

	private Filenames() {
	}

	/**
	 * The last part of the name (some browsers send a whole path), without control
	 * characters, at most 200 characters with its extension kept; "file" if nothing is
	 * left.
	 */
	static String clean(String filename) {
		String name = (filename != null) ? filename : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "file";
		}
		if (name.length() > MAX) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX - extension.length()) + extension;
		}
		return name;
	}

}
