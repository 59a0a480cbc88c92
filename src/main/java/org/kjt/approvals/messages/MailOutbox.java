package org.kjt.approvals.messages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.kjt.approvals.base.PublicAddress;
import org.kjt.approvals.base.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends the messages' e-mail from the message table as an outbox: a message is committed
 * first and mailed after, so a crash or a mail server that is down loses nothing (the
 * next round sends it). Each message is claimed by one node before it is sent; a claim
 * older than ten minutes is taken to be a node that died mid-send. Mails are in Chinese,
 * the departments' official language.
 */
@Component
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

	private static final int MAX_ATTEMPTS = 5;

	private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
	};

	private final JsonMapper json = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final Messages messages;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	private final PublicAddress publicAddress;

	private final ExecutorService sending = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mail-outbox");
		thread.setDaemon(true);
		return thread;
	});

	private final boolean enabled;

	private final TransactionOperations transactions;

	MailOutbox(JdbcTemplate jdbc, Messages messages, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${approvals.mail.enabled:false}") boolean enabled,
			@Value("${approvals.mail.from:noreply@approvals.example.cn}") String from, PublicAddress publicAddress,
			TransactionOperations transactions) {
		this.transactions = transactions;
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.messages = messages;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
		this.publicAddress = publicAddress;
	}

	/** Sends right after the message is committed, off the request's thread. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void queued(Messages.MailQueued queued) {
		this.sending.execute(this::sendPending);
	}

	/**
	 * The scheduled round: takes back what a node that died mid-send had claimed, then
	 * sends what is pending.
	 * @return how many were sent
	 */
	@Scheduled(fixedDelayString = "${approvals.mail.retry-interval:PT1M}")
	int round() {
		if (!this.enabled) {
			return 0;
		}
		update("UPDATE apl_message SET mail_state = CASE WHEN mail_attempts >= ? THEN 'FAILED'"
				+ " ELSE 'PENDING' END WHERE mail_state = 'SENDING' AND mail_claimed_at < ?", MAX_ATTEMPTS,
				Timestamp.from(this.clock.instant().minus(STALE_CLAIM)));
		return sendPending();
	}

	/**
	 * Sends what is pending: each message claimed first, so one node sends it.
	 * @return how many were sent
	 */
	synchronized int sendPending() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (!this.enabled || mail == null) {
			return 0;
		}
		List<Pending> pending = this.jdbc.query(
				"SELECT id, case_id, reference_no, kind, args_json, mail_to"
						+ " FROM apl_message WHERE mail_state = 'PENDING' ORDER BY id LIMIT 50",
				(row, n) -> new Pending(row.getLong("id"), row.getLong("case_id"), row.getString("reference_no"),
						MessageKind.valueOf(row.getString("kind")), row.getString("args_json"),
						row.getString("mail_to")));
		int sent = 0;
		for (Pending message : pending) {
			int claimed = update(
					"UPDATE apl_message SET mail_state = 'SENDING', mail_claimed_at = ?,"
							+ " mail_attempts = mail_attempts + 1 WHERE id = ? AND mail_state = 'PENDING'",
					Timestamp.from(this.clock.instant()), message.id());
			if (claimed == 0) {
				continue;
			}
			try {
				mail.send(compose(message));
				update("UPDATE apl_message SET mail_state = 'SENT' WHERE id = ?", message.id());
				sent++;
			}
			catch (MailException | IllegalArgumentException | IllegalStateException ex) {
				// Refused by the server, or not to be made (a bad address): tried again
				// up
				// to the limit, then left for an administrator.
				log.warn("Mail for message {} not sent: {}", message.id(), ex.getMessage());
				update("UPDATE apl_message SET mail_state = CASE WHEN mail_attempts >= ? THEN 'FAILED'"
						+ " ELSE 'PENDING' END WHERE id = ?", MAX_ATTEMPTS, message.id());
				// The server is likely down: the next round tries the rest.
				break;
			}
		}
		return sent;
	}

	/**
	 * One change of a message's state, committed at once: a claim must be seen by the
	 * other nodes before the mail goes out, and the pool's connections do not commit by
	 * themselves.
	 */
	private int update(String sql, Object... args) {
		Integer changed = this.transactions.execute((status) -> this.jdbc.update(sql, args));
		return (changed != null) ? changed : 0;
	}

	private SimpleMailMessage compose(Pending pending) {
		Messages.Worded worded = this.messages.word(pending.kind(), pending.referenceNo(),
				this.json.readValue(pending.argsJson(), ARGS), Translations.CHINESE);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(pending.mailTo());
		message.setSubject(worded.title() + " · " + pending.referenceNo());
		message.setText(worded.body() + "\n\n" + this.messages.linkLine(
				this.publicAddress.of("/" + Messages.link(pending.kind(), pending.caseId())), Translations.CHINESE));
		return message;
	}

	private record Pending(long id, long caseId, String referenceNo, MessageKind kind, String argsJson, String mailTo) {

	}

	@PreDestroy
	void stop() {
		this.sending.shutdownNow();
	}

}
