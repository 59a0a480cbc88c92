package org.kjt.approvals.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Stores uploaded materials: size limit, type recognised from the content and matching
 * both the allowed types and the name's extension, name sanitised, SHA-256 kept. Every
 * check runs before anything is written; content and metadata go into one row.
 */
@Service
public class MaterialStore {

	private static final String META = "id, case_ref, material_code, file_name, file_type, content_type, size_bytes,"
			+ " sha256, uploaded_at, uploaded_by";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final long maxSize;

	private final int maxPerMaterial;

	private final int maxPerCase;

	MaterialStore(JdbcTemplate jdbc, Clock clock, @Value("${approvals.upload.max-size:20MB}") DataSize maxSize,
			@Value("${approvals.upload.max-per-material:10}") int maxPerMaterial,
			@Value("${approvals.upload.max-per-case:100}") int maxPerCase) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize.toBytes();
		this.maxPerMaterial = maxPerMaterial;
		this.maxPerCase = maxPerCase;
	}

	/**
	 * Checks and stores one file.
	 * @param caseRef the case
	 * @param materialCode checklist code
	 * @param originalFileName the name as uploaded
	 * @param content the bytes
	 * @param allowedTypes types the checklist allows
	 * @param uploadedBy user name
	 * @return what was stored
	 */
	@Transactional
	public StoredMaterial store(String caseRef, String materialCode, String originalFileName, byte[] content,
			Set<FileType> allowedTypes, String uploadedBy) {
		Checked checked = check(originalFileName, content, allowedTypes, this.maxSize);
		// Bounded: a case holds at most so many files, and so many of one checklist item
		// (versions handed in again), so no client can fill the database.
		// One indexed read for both counts.
		int[] held = this.jdbc.queryForObject(
				"SELECT COUNT(*), COALESCE(SUM(CASE WHEN material_code = ? THEN 1 ELSE 0 END), 0) FROM doc_material"
						+ " WHERE case_ref = ?",
				(rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) }, materialCode, caseRef);
		if (held != null && held[0] >= this.maxPerCase) {
			throw new MaterialRejectedException(MaterialRejectedException.Reason.TOO_MANY,
					"documents.error.tooManyForCase", this.maxPerCase);
		}
		if (held != null && held[1] >= this.maxPerMaterial) {
			throw new MaterialRejectedException(MaterialRejectedException.Reason.TOO_MANY,
					"documents.error.tooManyForMaterial", this.maxPerMaterial);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"INSERT INTO doc_material (case_ref, material_code, file_name, file_type, content_type, size_bytes,"
							+ " sha256, uploaded_at, uploaded_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setString(1, caseRef);
			statement.setString(2, materialCode);
			statement.setString(3, checked.fileName());
			statement.setString(4, checked.type().name());
			statement.setString(5, checked.type().contentType());
			statement.setLong(6, content.length);
			statement.setString(7, checked.sha256());
			statement.setTimestamp(8, now);
			statement.setString(9, uploadedBy);
			statement.setBytes(10, content);
			return statement;
		}, key);
		return new StoredMaterial(key.getKey().longValue(), caseRef, materialCode, checked.fileName(), checked.type(),
				checked.type().contentType(), content.length, checked.sha256(), now.toInstant(), uploadedBy);
	}

	/**
	 * The materials of a case, metadata only.
	 * @param caseRef the case
	 * @return its materials in upload order
	 */
	@Transactional(readOnly = true)
	public List<StoredMaterial> list(String caseRef) {
		return this.jdbc.query("SELECT " + META + " FROM doc_material WHERE case_ref = ? ORDER BY id", meta(), caseRef);
	}

	/**
	 * Forgets every material of a case that is discarded before it was ever submitted (a
	 * deleted draft): nothing was received, so nothing is kept.
	 * @param caseRef the case
	 * @return how many were removed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int discardAll(String caseRef) {
		return this.jdbc.update("DELETE FROM doc_material WHERE case_ref = ?", caseRef);
	}

	/**
	 * One material with its bytes.
	 * @param id material id
	 * @return the material
	 */
	@Transactional(readOnly = true)
	public Optional<MaterialContent> content(long id) {
		return this.jdbc
			.query("SELECT " + META + ", content FROM doc_material WHERE id = ?",
					(rs, row) -> new MaterialContent(meta().mapRow(rs, row), rs.getBytes("content")), id)
			.stream()
			.findFirst();
	}

	record Checked(String fileName, FileType type, String sha256) {

	}

	static Checked check(String originalFileName, byte[] content, Set<FileType> allowedTypes, long maxSize) {
		if (content == null || content.length == 0) {
			throw new MaterialRejectedException(MaterialRejectedException.Reason.EMPTY, "documents.error.empty");
		}
		if (content.length > maxSize) {
			throw new MaterialRejectedException(MaterialRejectedException.Reason.TOO_LARGE, "documents.error.tooLarge",
					DataSize.ofBytes(maxSize).toMegabytes());
		}
		String fileName = FileNames.sanitise(originalFileName);
		if (fileName.isEmpty()) {
			throw new MaterialRejectedException(MaterialRejectedException.Reason.BAD_NAME, "documents.error.badName");
		}
		String allowed = allowedTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
		FileType type = FileType.detect(content)
			.filter(allowedTypes::contains)
			.orElseThrow(() -> new MaterialRejectedException(MaterialRejectedException.Reason.TYPE_NOT_ALLOWED,
					"documents.error.typeNotAllowed", allowed));
		if (FileType.byExtension(fileName).filter((claimed) -> claimed == type).isEmpty()) {
			throw new MaterialRejectedException(MaterialRejectedException.Reason.TYPE_MISMATCH,
					"documents.error.typeMismatch", fileName, type.name());
		}
		return new Checked(fileName, type, sha256(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RowMapper<StoredMaterial> meta() {
		return (rs, row) -> new StoredMaterial(rs.getLong("id"), rs.getString("case_ref"),
				rs.getString("material_code"), rs.getString("file_name"), FileType.valueOf(rs.getString("file_type")),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}

}
