import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { el } from "./dom.js";

/**
 * Chart.js, bundled (only the parts the dashboard draws), with the page's type and colours. Each chart
 * is a canvas with role="img" and a label saying what it shows; the table beside it carries the same
 * figures for screen readers and keyboard users.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.font.family = '"Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", system-ui, sans-serif';
Chart.defaults.color = "#1b1f24";

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart also by shape (bars and a line). */
export const COLOURS = { primary: "#1f5aa6", secondary: "#b34700", neutral: "#5b6470" } as const;

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export interface ChartFigure {
  figure: HTMLElement;
  chart: Chart;
}

/** A figure holding one chart, labelled for assistive technology, with a caption in both languages. */
export function chartFigure(label: string, caption: Array<Node | string>, config: ChartConfiguration): ChartFigure {
  const canvas = el("canvas", { role: "img", "aria-label": label });
  const figure = el("figure", { class: "chart" }, el("div", { class: "chart-area" }, canvas), el("figcaption", {}, ...caption));
  const chart = new Chart(canvas, {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, animation: reducedMotion() ? false : { duration: 300 }, ...config.options },
  });
  return { figure, chart };
}
