// The case's process as drawn in its BPMN file, read only, with the path taken marked:
// activities and flows passed in green, the open ones in amber. Attributes: xml (the BPMN),
// visited and current (comma-separated element ids).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

class BpmnDiagram extends HTMLElement {
  static get observedAttributes() {
    return ['xml', 'visited', 'current'];
  }

  connectedCallback() {
    if (!this.viewer) {
      this.style.display = 'block';
      this.canvasHost = document.createElement('div');
      this.canvasHost.style.width = '100%';
      this.canvasHost.style.height = '100%';
      this.appendChild(this.canvasHost);
      this.viewer = new NavigatedViewer({ container: this.canvasHost });
      // Drawn in a closed panel, it is fitted when it becomes visible.
      new ResizeObserver(() => this.fit()).observe(this);
    }
    this.render();
  }

  attributeChangedCallback() {
    if (this.viewer) {
      this.render();
    }
  }

  ids(name) {
    return (this.getAttribute(name) || '').split(',').filter((id) => id);
  }

  fit() {
    if (this.viewer && this.loaded && this.offsetWidth > 0) {
      // The canvas measured itself while hidden: measure again, then fit.
      const canvas = this.viewer.get('canvas');
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
    }
  }

  async render() {
    const xml = this.getAttribute('xml');
    if (!xml || xml === this.renderedXml) {
      this.mark();
      return;
    }
    this.renderedXml = xml;
    try {
      await this.viewer.importXML(xml);
      this.loaded = true;
      this.mark();
      this.fit();
      this.setAttribute('data-rendered', 'true');
    } catch (error) {
      this.setAttribute('data-error', String(error && error.message));
    }
  }

  mark() {
    if (!this.loaded) {
      return;
    }
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    registry.getAll().forEach((element) => {
      canvas.removeMarker(element.id, 'path-visited');
      canvas.removeMarker(element.id, 'path-current');
    });
    this.ids('visited').forEach((id) => registry.get(id) && canvas.addMarker(id, 'path-visited'));
    this.ids('current').forEach((id) => registry.get(id) && canvas.addMarker(id, 'path-current'));
  }
}

customElements.define('kjt-bpmn-diagram', BpmnDiagram);
