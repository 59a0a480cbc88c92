package org.kjt.approvals.base;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.ProcessEngineConfigurationConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wires the process engine to the application: it reads time from our one {@link Clock}
 * (so due dates and timers follow the clock tests move), and every
 * {@link FlowableEventListener} bean of any module is registered, running inside the
 * engine's transaction.
 */
@Component
class FlowableSetup implements ProcessEngineConfigurationConfigurer {

	private final Clock clock;

	private final ObjectProvider<FlowableEventListener> listeners;

	FlowableSetup(Clock clock, ObjectProvider<FlowableEventListener> listeners) {
		this.clock = clock;
		this.listeners = listeners;
	}

	@Override
	public void configure(SpringProcessEngineConfiguration configuration) {
		configuration.setClock(new EngineClock(this.clock));
		// No PNG of each process drawn at deployment: the case page draws the BPMN itself
		// (bpmn-js), and drawing them was a tenth of a first start.
		configuration.setCreateDiagramOnDeploy(false);
		List<FlowableEventListener> all = new ArrayList<>();
		if (configuration.getEventListeners() != null) {
			all.addAll(configuration.getEventListeners());
		}
		this.listeners.orderedStream().forEach(all::add);
		configuration.setEventListeners(all);
	}

	/**
	 * Flowable's clock interface over ours; setting the time is not supported: move ours.
	 */
	static final class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

		private final Clock clock;

		EngineClock(Clock clock) {
			this.clock = clock;
		}

		@Override
		public Date getCurrentTime() {
			return Date.from(this.clock.instant());
		}

		@Override
		public Calendar getCurrentCalendar() {
			return getCurrentCalendar(getCurrentTimeZone());
		}

		@Override
		public Calendar getCurrentCalendar(TimeZone timeZone) {
			Calendar calendar = Calendar.getInstance(timeZone);
			calendar.setTime(getCurrentTime());
			return calendar;
		}

		@Override
		public TimeZone getCurrentTimeZone() {
			return TimeZone.getTimeZone(this.clock.getZone());
		}

		@Override
		public void setCurrentTime(Date currentTime) {
			throw new UnsupportedOperationException("Move the application's Clock bean instead");
		}

		@Override
		public void setCurrentCalendar(Calendar currentTime) {
			throw new UnsupportedOperationException("Move the application's Clock bean instead");
		}

		@Override
		public void reset() {
			// Nothing to reset: time is always read from the application's clock.
		}

	}

}
