"use client";
// If a chart fails while drawing (malformed data, a bug), it says so in its own box and the rest of the page works.
import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

export class ChartErrorBoundary extends Component<{ title: string; children: ReactNode; resetKey?: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(prev: { resetKey?: string }) {
    // a new view gets a new chance to draw
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <figure className="chart-figure" aria-label={this.props.title}>
        <h3 className="chart-title">{this.props.title}</h3>
        <p role="alert" className="chart-state">
          The chart could not be drawn: {this.state.error.message || "an unexpected error"}. Try another view, or reload the page.
        </p>
      </figure>
    );
  }
}
