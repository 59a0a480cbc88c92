package org.kjt.approvals.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads what an .xlsx holds (sheet names in order, cell texts) with the JDK alone: a test
 * reads the workbook as Excel would, without a second XML stack on the class path.
 */
record XlsxContent(List<String> sheetNames, List<List<List<String>>> sheets) {

	static XlsxContent read(byte[] xlsx) throws Exception {
		Map<String, byte[]> parts = new HashMap<>();
		// Read by the central directory, as Excel does (the entries are streamed).
		Path file = Files.createTempFile("dashboard", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						parts.put(entry.getName(), in.readAllBytes());
					}
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
		List<String> shared = new ArrayList<>();
		if (parts.containsKey("xl/sharedStrings.xml")) {
			NodeList items = parse(parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS("*", "si");
			for (int i = 0; i < items.getLength(); i++) {
				shared.add(items.item(i).getTextContent());
			}
		}
		List<String> names = new ArrayList<>();
		NodeList sheets = parse(parts.get("xl/workbook.xml")).getElementsByTagNameNS("*", "sheet");
		List<List<List<String>>> contents = new ArrayList<>();
		for (int i = 0; i < sheets.getLength(); i++) {
			names.add(((Element) sheets.item(i)).getAttribute("name"));
			contents.add(rows(parse(parts.get("xl/worksheets/sheet" + (i + 1) + ".xml")), shared));
		}
		return new XlsxContent(names, contents);
	}

	List<List<String>> sheet(int index) {
		return this.sheets.get(index);
	}

	private static List<List<String>> rows(Document sheet, List<String> shared) {
		List<List<String>> rows = new ArrayList<>();
		NodeList rowNodes = sheet.getElementsByTagNameNS("*", "row");
		for (int r = 0; r < rowNodes.getLength(); r++) {
			List<String> cells = new ArrayList<>();
			NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS("*", "c");
			for (int c = 0; c < cellNodes.getLength(); c++) {
				Element cell = (Element) cellNodes.item(c);
				int column = column(cell.getAttribute("r"));
				while (cells.size() < column) {
					cells.add("");
				}
				NodeList values = cell.getElementsByTagNameNS("*", "v");
				String value = (values.getLength() > 0) ? values.item(0).getTextContent() : cell.getTextContent();
				cells.add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(value)) : value);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The column index of a reference such as {@code C7}. */
	private static int column(String reference) {
		int column = 0;
		for (char letter : reference.toCharArray()) {
			if (!Character.isLetter(letter)) {
				break;
			}
			column = column * 26 + (letter - 'A' + 1);
		}
		return column - 1;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try {
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
