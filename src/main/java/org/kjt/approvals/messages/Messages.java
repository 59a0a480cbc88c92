package org.kjt.approvals.messages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.cases.CaseAddressee;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.MemberRemoved;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's messages, newest first, and how a message is stored: once (a
 * notice, a reminder is told once however often it is reported), worded when read in the
 * reader's language, and queued for e-mail when mail is on and the user has an address.
 */
@Service
public class Messages {

	private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
	};

	private final JsonMapper json = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final CurrentUser currentUser;

	private final Accounts accounts;

	private final Translations translations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final boolean mailEnabled;

	private final Catalogue catalogue;

	Messages(JdbcTemplate jdbc, CurrentUser currentUser, Accounts accounts, Translations translations,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${approvals.mail.enabled:false}") boolean mailEnabled, Catalogue catalogue) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.accounts = accounts;
		this.translations = translations;
		this.publisher = publisher;
		this.clock = clock;
		this.mailEnabled = mailEnabled;
	}

	/**
	 * My messages, newest first, worded in my language.
	 * @param pageable page
	 * @param locale the reader's language
	 * @return a page of messages
	 */
	@Transactional(readOnly = true)
	public Page<MessageView> mine(Pageable pageable, Locale locale) {
		String me = this.currentUser.require().username();
		Long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM apl_message WHERE recipient = ?", Long.class, me);
		List<MessageView> rows = this.jdbc.query(
				"SELECT id, case_id, reference_no, kind, args_json, created_at, read_at FROM apl_message"
						+ " WHERE recipient = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
				view(locale), me, pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

	/**
	 * How many of my messages I have not read.
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long unread() {
		Optional<AppUser> me = this.currentUser.get();
		if (me.isEmpty()) {
			return 0;
		}
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM apl_message WHERE recipient = ? AND read_at IS NULL", Long.class,
				me.get().username());
		return (count != null) ? count : 0;
	}

	/**
	 * Marks one of my messages read (again is fine); another's is not found.
	 * @param id message
	 */
	@Transactional
	public void markRead(long id) {
		String me = this.currentUser.require().username();
		int mine = this.jdbc.update(
				"UPDATE apl_message SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient = ?",
				Timestamp.from(this.clock.instant()), id, me);
		if (mine == 0) {
			throw DomainException.notFound("message.error.notFound", id);
		}
	}

	/**
	 * Marks all my messages read.
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead() {
		return this.jdbc.update("UPDATE apl_message SET read_at = ? WHERE recipient = ? AND read_at IS NULL",
				Timestamp.from(this.clock.instant()), this.currentUser.require().username());
	}

	/**
	 * Stores a message for a case's applicant in the caller's transaction (so a
	 * rolled-back step tells nobody), once per key.
	 * @param to the case and its applicant
	 * @param kind what is told
	 * @param args the words that fill the text in
	 * @param dedupeKey told once per key
	 * @return whether it was stored now (false if told before)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean store(CaseAddressee to, MessageKind kind, List<String> args, String dedupeKey) {
		return store(to.applicant(), to.caseId(), to.referenceNo(), kind, args, dedupeKey);
	}

	/**
	 * Stores a message about a case for anyone (e.g. an expert on its panel), in the
	 * caller's transaction, once per key.
	 * @param recipient the reader's log-in
	 * @param caseId the case
	 * @param referenceNo its reference number
	 * @param kind what is told
	 * @param args the words that fill the text in
	 * @param dedupeKey told once per key
	 * @return whether it was stored now (false if told before)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean store(String recipient, long caseId, String referenceNo, MessageKind kind, List<String> args,
			String dedupeKey) {
		Optional<String> email = this.mailEnabled ? this.accounts.emailOf(recipient) : Optional.empty();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.update((connection) -> {
				var insert = connection.prepareStatement("INSERT INTO apl_message (recipient, case_id, reference_no,"
						+ " kind, args_json, dedupe_key, created_at, mail_state, mail_to)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
				insert.setString(1, recipient);
				insert.setLong(2, caseId);
				insert.setString(3, referenceNo);
				insert.setString(4, kind.name());
				insert.setString(5, this.json.writeValueAsString(args));
				insert.setString(6, dedupeKey);
				insert.setTimestamp(7, Timestamp.from(this.clock.instant()));
				insert.setString(8, (email.isPresent() ? MailState.PENDING : MailState.NONE).name());
				insert.setString(9, email.orElse(null));
				return insert;
			}, key);
		}
		catch (DuplicateKeyException ex) {
			// Told before (the key is unique): a reminder already sent, or another
			// node's.
			return false;
		}
		if (email.isPresent()) {
			this.publisher.publishEvent(new MailQueued(key.getKey().longValue()));
		}
		return true;
	}

	/**
	 * A message's title and text in a language.
	 * @param kind what is told
	 * @param referenceNo the case
	 * @param args the words that fill the text in
	 * @param locale the language
	 * @return title and text
	 */
	Worded word(MessageKind kind, String referenceNo, List<String> args, Locale locale) {
		// The item is kept by its code and named in the reader's language.
		String item = args.isEmpty() ? ""
				: this.catalogue.find(args.get(0)).map((found) -> found.name(locale)).orElse(args.get(0));
		return switch (kind) {
			case NOTICE -> {
				String type = args.get(1);
				String specific = this.translations.getTranslation("message.notice." + type, locale);
				String title = specific.startsWith("!")
						? this.translations.getTranslation("message.notice", locale, args.get(3)) : specific;
				yield new Worded(title, this.translations.getTranslation("message.notice.body", locale, referenceNo,
						item, args.get(3), args.get(2)));
			}
			case DEADLINE_SOON -> {
				String step = this.translations.getTranslation("step." + args.get(1), locale);
				yield new Worded(this.translations.getTranslation("message.deadlineSoon", locale, step),
						this.translations.getTranslation("message.deadlineSoon.body", locale, referenceNo, item, step,
								args.get(2)));
			}
			case EXPERT_ASSIGNED, EXPERT_REMINDER, EXPERT_OVERDUE -> {
				String key = "message." + kind.name();
				yield new Worded(this.translations.getTranslation(key, locale, item),
						this.translations.getTranslation(key + ".body", locale, referenceNo, item, args.get(1)));
			}
		};
	}

	/**
	 * The line under a mailed message that leads to the case.
	 * @param url the case's page
	 * @param locale the language
	 * @return the line
	 */
	String linkLine(String url, Locale locale) {
		return this.translations.getTranslation("message.mail.link", locale, url);
	}

	/**
	 * Where a message leads: an expert's assignments, or the applicant's case.
	 * @param kind what is told
	 * @param caseId the case
	 * @return the route
	 */
	static String link(MessageKind kind, long caseId) {
		return kind.forExperts() ? "expert" : "portal/case/" + caseId;
	}

	private RowMapper<MessageView> view(Locale locale) {
		return (row, number) -> {
			String referenceNo = row.getString("reference_no");
			MessageKind kind = MessageKind.valueOf(row.getString("kind"));
			Worded worded = word(kind, referenceNo, this.json.readValue(row.getString("args_json"), ARGS), locale);
			return new MessageView(row.getLong("id"), row.getLong("case_id"), referenceNo, worded.title(),
					worded.body(), row.getTimestamp("created_at").toInstant(), row.getTimestamp("read_at") != null,
					link(kind, row.getLong("case_id")));
		};
	}

	/**
	 * A message's title and text.
	 *
	 * @param title title
	 * @param body text
	 */
	record Worded(String title, String body) {

	}

	/**
	 * A message to be e-mailed was stored.
	 *
	 * @param messageId the message
	 */
	record MailQueued(long messageId) {

	}

	/**
	 * A message as its reader sees it.
	 *
	 * @param id message id
	 * @param caseId the case it is about
	 * @param referenceNo the case's reference number
	 * @param title title
	 * @param body text
	 * @param createdAt when it was sent
	 * @param read whether it was read
	 * @param link where it leads (a route of the app: the case, or an expert's
	 * assignments)
	 */
	public record MessageView(long id, long caseId, String referenceNo, String title, String body, Instant createdAt,
			boolean read, String link) {

	}

	/**
	 * A removed user's messages, all about its cases, pass with the cases to the
	 * organisation's administrator.
	 * @param removed the removal
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Transactional(propagation = Propagation.MANDATORY)
	void memberRemoved(MemberRemoved removed) {
		// Mail not yet sent goes to the administrator's address, or is not sent at all:
		// not to someone who has left.
		String address = this.accounts.emailOf(removed.successor()).orElse(null);
		this.jdbc.update(
				"UPDATE apl_message SET mail_to = ?, mail_state = ? WHERE recipient = ?"
						+ " AND mail_state IN ('PENDING', 'FAILED')",
				address, ((address != null) ? MailState.PENDING : MailState.NONE).name(), removed.username());
		this.jdbc.update("UPDATE apl_message SET recipient = ? WHERE recipient = ?", removed.successor(),
				removed.username());
	}

}
