/**
 * 高新技术企业认定 (Liaoning, 科技企业服务处): application in a yearly call with the enterprise's
 * figures, the hard conditions checked at submission, formal check, expert panel, public
 * notice with objections, recognition and its certificate.
 */
@NullMarked
package org.kjt.approvals.hightech;

import org.jspecify.annotations.NullMarked;
