package org.kjt.approvals.cases;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A written notice as a page to print or save as PDF from the browser: the official
 * document layout (title, number, text), A4 margins, the fonts of official documents
 * where the reader has them. Everything from the case is escaped.
 */
final class NoticePage {

	private static final String STYLE = """
			@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
			body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
			       font-size: 16pt; line-height: 1.75; max-width: 156mm; margin: 2em auto; color: #000; }
			h1 { font-family: "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-weight: normal;
			     font-size: 22pt; text-align: center; margin: 0 0 0.4em; }
			.number { text-align: center; margin: 0 0 1.5em; }
			.body { white-space: pre-wrap; }
			.meta { margin-top: 3em; padding-top: 0.5em; border-top: 1px solid #999; font-size: 10.5pt; color: #444; }
			""";

	private NoticePage() {
	}

	/**
	 * The page of one notice.
	 * @param view the case
	 * @param notice the notice
	 * @param meta the line under the text (case reference, issue time), already worded
	 * @return HTML
	 */
	static String render(CaseView view, CaseView.NoticeView notice, String meta) {
		return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + escape(notice.title())
				+ " " + escape(notice.number()) + "</title><style>" + STYLE + "</style></head><body>"
				+ "<h1 id=\"title\">" + escape(notice.title()) + "</h1><p class=\"number\" id=\"number\">"
				+ escape(notice.number()) + "</p><div class=\"body\" id=\"body\">" + escape(notice.body())
				+ "</div><p class=\"meta\">" + escape(meta) + "</p></body></html>\n";
	}

	/**
	 * A line of a receipt: a label and its value.
	 *
	 * @param label label
	 * @param value value
	 */
	record Line(String label, String value) {

	}

	/**
	 * The receipt page.
	 * @param title the document's title
	 * @param department the receiving department
	 * @param lines what identifies the case
	 * @param materials what was received (checklist item, file)
	 * @param materialsHeading the heading of that list
	 * @param footer how to follow the case
	 * @return HTML
	 */
	static String receipt(String title, String department, List<Line> lines, List<Line> materials,
			String materialsHeading, String footer) {
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title))
			.append("</title><style>")
			.append(STYLE)
			.append(RECEIPT_STYLE)
			.append("</style></head><body><h1 id=\"title\">")
			.append(escape(title))
			.append("</h1><p class=\"number\">")
			.append(escape(department))
			.append("</p><table id=\"receipt\">");
		for (Line line : lines) {
			html.append("<tr><th>")
				.append(escape(line.label()))
				.append("</th><td>")
				.append(escape(line.value()))
				.append("</td></tr>");
		}
		html.append("</table><h2>").append(escape(materialsHeading)).append("</h2><ol id=\"materials\">");
		for (Line material : materials) {
			html.append("<li>")
				.append(escape(material.label()))
				.append("：")
				.append(escape(material.value()))
				.append("</li>");
		}
		return html.append("</ol><p class=\"meta\">").append(escape(footer)).append("</p></body></html>\n").toString();
	}

	private static final String RECEIPT_STYLE = """
			table { border-collapse: collapse; width: 100%; font-size: 14pt; }
			th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
			th { width: 9em; font-weight: normal; }
			h2 { font-size: 16pt; font-weight: normal; margin: 1em 0 0.3em; }
			ol { font-size: 14pt; margin: 0; }
			""";

	private static String escape(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

}
