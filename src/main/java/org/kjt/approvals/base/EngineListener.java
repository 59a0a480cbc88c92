package org.kjt.approvals.base;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;

/**
 * A process engine listener that runs inside the engine's transaction and fails it when
 * it fails, so that our own tables never drift from the engine's.
 */
public abstract class EngineListener implements FlowableEventListener {

	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}

}
