/** The Chart.js side of the comparison: a tree-shaken radar chart (also the size-comparison entry). */
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export { Chart };
