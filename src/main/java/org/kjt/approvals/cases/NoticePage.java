package org.kjt.approvals.cases;

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

	private static String escape(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

}
