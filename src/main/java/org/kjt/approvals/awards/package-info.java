/**
 * 省科学技术奖 and 友谊奖 (both departments): nominations in a call, formal check, public notice
 * of the nominations, discipline panels, the award committee's vote, public notice of the
 * proposed awards, the provincial government's approval and the certificates.
 */
@NullMarked
package org.kjt.approvals.awards;

import org.jspecify.annotations.NullMarked;
