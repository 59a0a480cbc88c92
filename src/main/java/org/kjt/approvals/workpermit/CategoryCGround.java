package org.kjt.approvals.workpermit;

import org.kjt.approvals.base.DomainException;

/**
 * The grounds on which a foreigner who is neither high-end talent (A) nor a professional
 * (B) may still work in China as 外国普通人员 (C): stated by the employer, never assumed
 * (domain-rules §2), and counted against the province's yearly quota.
 */
enum CategoryCGround {

	/** 符合国家外国人工作管理政策规定的岗位,列入计划配额的. */
	QUOTA_POST,
	/** 季节性劳务(如农业). */
	SEASONAL,
	/** 实习. */
	INTERN,
	/** 按双边协议从事家政服务. */
	DOMESTIC_SERVICE,
	/** 临时性、非技术性或服务性工作. */
	TEMPORARY_SERVICE;

	static CategoryCGround parse(String value) {
		for (CategoryCGround ground : values()) {
			if (ground.name().equals(value)) {
				return ground;
			}
		}
		throw DomainException.invalid("cGround", "workpermit.error.cGround", value);
	}

}
