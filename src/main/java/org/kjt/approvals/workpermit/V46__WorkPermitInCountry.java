package org.kjt.approvals.workpermit;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * A person applied for from inside China (境内申请) gets the card straight after the
 * decision: there is no entry on a Notice to record, so the card's entry date may be
 * empty. A Java migration because H2 and MySQL/MariaDB have no common syntax for dropping
 * NOT NULL.
 */
@Component
class V46__WorkPermitInCountry extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().startsWith("H2");
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute(h2 ? "ALTER TABLE wp_card ALTER COLUMN entry_date SET NULL"
					: "ALTER TABLE wp_card MODIFY entry_date DATE NULL");
		}
	}

}
