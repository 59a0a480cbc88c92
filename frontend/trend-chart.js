// Weekly received (bars) and decided (line) on the dashboard, drawn by Apache ECharts as
// SVG. Attribute data: {"weeks": [...], "received": [...], "decided": [...],
// "receivedLabel": "...", "decidedLabel": "..."}.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class TrendChart extends HTMLElement {
  static get observedAttributes() {
    return ['data'];
  }

  connectedCallback() {
    this.style.display = 'block';
    if (!this.chart) {
      this.chart = echarts.init(this, null, { renderer: 'svg' });
      this.observer = new ResizeObserver(() => this.chart && this.chart.resize());
      this.observer.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    if (this.observer) {
      this.observer.disconnect();
      this.observer = null;
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    if (this.chart) {
      this.render();
    }
  }

  render() {
    const data = JSON.parse(this.getAttribute('data') || '{}');
    this.chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [data.receivedLabel, data.decidedLabel] },
      grid: { left: 40, right: 16, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: data.weeks || [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: data.receivedLabel, type: 'bar', data: data.received || [], itemStyle: { color: '#5470c6' } },
        { name: data.decidedLabel, type: 'line', data: data.decided || [], itemStyle: { color: '#1e7b34' } },
      ],
    }, true);
    this.setAttribute('data-rendered', 'true');
  }
}

customElements.define('kjt-trend-chart', TrendChart);
