package org.socle.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds .xlsx files for import tests with FastExcel's writer. */
public final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/** A workbook of one sheet that the consumer fills. */
	public static byte[] of(Consumer<Worksheet> sheet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Socle", "1.0");
			sheet.accept(workbook.newWorksheet("Inventaire"));
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
