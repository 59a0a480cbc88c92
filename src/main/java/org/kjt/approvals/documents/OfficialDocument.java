package org.kjt.approvals.documents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A written document to be made a PDF: the issuing authority, title, document number,
 * text, date, and where its QR code leads.
 *
 * @param issuer the issuing authority (printed above the seal)
 * @param title the title
 * @param number the document number (文号), if any
 * @param body the text; a blank line separates paragraphs
 * @param facts label and value lines printed as a table before the text (a licence's
 * holder, scope, validity…), possibly none
 * @param issuedOn the day it was issued
 * @param verifyUrl the public page the QR code opens, if any
 */
public record OfficialDocument(String issuer, String title, @Nullable String number, String body, List<Fact> facts,
		LocalDate issuedOn, @Nullable String verifyUrl) {

	/**
	 * One line of a document's table.
	 *
	 * @param label label
	 * @param value value (a line without one is left out)
	 */
	public record Fact(String label, @Nullable String value) {

	}

}
