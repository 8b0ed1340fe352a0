package org.socle.directory.imports;

import org.springframework.web.multipart.MultipartFile;

/** The upload page's form: what to import and the file. */
public class ImportUploadForm {

	private String kind = "people";

	private MultipartFile file;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
