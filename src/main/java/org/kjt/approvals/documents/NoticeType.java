package org.kjt.approvals.documents;

/**
 * A kind of written notice: its code, stored with the notice, and its word in the
 * document number (e.g. 受 in 辽科审受字〔2026〕第0012号). Each process module declares the kinds
 * it issues as an enum of its own; kinds with the same code share a number series.
 */
public interface NoticeType {

	/**
	 * The code stored with the notice.
	 * @return the code
	 */
	String name();

	/**
	 * The word in the document number.
	 * @return the word
	 */
	String word();

}
