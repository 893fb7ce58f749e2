// If a live face fails while drawing (a bug, data it cannot draw), it reports the error and draws nothing, so the
// chart's box shows the server's drawing and says why, and the rest of the page keeps working.
import { Component, type ReactNode } from "react";

export class ChartErrorBoundary extends Component<{ onError: (message: string) => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    this.props.onError(error.message || "an unexpected error");
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
