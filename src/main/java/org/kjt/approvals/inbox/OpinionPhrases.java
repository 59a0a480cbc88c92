package org.kjt.approvals.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.AppUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 常用意见: the phrases a staff member saved to write opinions faster; their own only. */
@Service
public class OpinionPhrases {

	static final int MAX_LENGTH = 500;

	static final int MAX_PHRASES = 50;

	private final JdbcTemplate jdbc;

	private final Workbench workbench;

	private final Clock clock;

	OpinionPhrases(JdbcTemplate jdbc, Workbench workbench, Clock clock) {
		this.jdbc = jdbc;
		this.workbench = workbench;
		this.clock = clock;
	}

	/**
	 * @return my phrases, oldest first
	 */
	@Transactional(readOnly = true)
	public List<String> mine() {
		return this.jdbc.queryForList("SELECT phrase FROM inbox_opinion_phrase WHERE username = ? ORDER BY id",
				String.class, this.workbench.staff().username());
	}

	/**
	 * Saves a phrase (one already saved is kept once).
	 * @param phrase the text
	 * @return my phrases
	 */
	@Transactional
	public List<String> save(@Nullable String phrase) {
		AppUser user = this.workbench.staff();
		String text = (phrase != null) ? phrase.strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid("phrase", "task.error.required", "phrase");
		}
		if (text.length() > MAX_LENGTH) {
			throw DomainException.invalid("phrase", "case.error.fieldTooLong", "phrase", MAX_LENGTH);
		}
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM inbox_opinion_phrase WHERE username = ?",
				Integer.class, user.username());
		if (count != null && count >= MAX_PHRASES) {
			throw DomainException.invalid("phrase", "phrase.error.tooMany", MAX_PHRASES);
		}
		try {
			this.jdbc.update("INSERT INTO inbox_opinion_phrase (username, phrase, created_at) VALUES (?, ?, ?)",
					user.username(), text, Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// Saved before: nothing to add.
		}
		return mine();
	}

	/**
	 * Removes one of my phrases.
	 * @param phrase the text
	 * @return my phrases
	 */
	@Transactional
	public List<String> remove(@Nullable String phrase) {
		AppUser user = this.workbench.staff();
		int removed = this.jdbc.update("DELETE FROM inbox_opinion_phrase WHERE username = ? AND phrase = ?",
				user.username(), (phrase != null) ? phrase.strip() : "");
		if (removed == 0) {
			throw DomainException.notFound("phrase.error.unknown", String.valueOf(phrase));
		}
		return mine();
	}

}
