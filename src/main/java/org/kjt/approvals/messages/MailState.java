package org.kjt.approvals.messages;

/** Where a message's e-mail stands. */
enum MailState {

	/** Not to be mailed: mail is off, or the user has no address. */
	NONE,

	/** Waiting to be sent. */
	PENDING,

	/** Claimed by a node that is sending it. */
	SENDING,

	/** Handed to the mail server. */
	SENT,

	/** Refused by the mail server too often; left for an administrator. */
	FAILED

}
