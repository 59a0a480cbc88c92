package org.kjt.approvals.base.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A link that opens a server-made HTML page (e.g. a notice to print or save as PDF) in a
 * new tab, served in the log-in session; the page is made when the link is followed.
 */
public final class HtmlPageLink {

	private HtmlPageLink() {
	}

	/**
	 * The link.
	 * @param id component id
	 * @param label link text
	 * @param fileName name of the page
	 * @param html makes the page; its access checks run when the link is followed
	 * @return the anchor
	 */
	public static Anchor of(String id, String label, String fileName, Supplier<String> html) {
		return link(id, label, fileName, "text/html;charset=UTF-8", () -> html.get().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A link that opens a server-made PDF in a new tab, served in the log-in session.
	 * @param id component id
	 * @param label link text
	 * @param fileName name of the file
	 * @param pdf makes the PDF; its access checks run when the link is followed
	 * @return the anchor
	 */
	public static Anchor pdf(String id, String label, String fileName, Supplier<byte[]> pdf) {
		return link(id, label, fileName, "application/pdf", pdf);
	}

	private static Anchor link(String id, String label, String fileName, String type, Supplier<byte[]> content) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = content.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
		}).inline(), label);
		link.setId(id);
		link.setTarget(AnchorTarget.BLANK);
		return link;
	}

}
