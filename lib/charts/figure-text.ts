// The caption texts of a chart figure, built with its model (plain data, so lib/ stays free of React).
export interface FigureTextData {
  title: string;
  subtitle: string;
  summary: string;
  sourceLine: string;
  notes?: string[];
}
