#!/usr/bin/env python3
"""Renders redress-dashboard.json to a PNG from a running Prometheus, without Grafana.

For a look at the dashboard where Grafana is not installed (a laptop, a CI machine, a change review):
every panel of the dashboard is drawn where its gridPos puts it, from the panel's own PromQL queries
answered by the Prometheus at --prometheus. Stat panels show the last value of each query, bar gauges a
bar per series, time series and state timelines the series over --range. Thresholds colour stat
panels as they do in Grafana. The picture is a preview: Grafana remains the way to use the dashboard.

    python3 deploy/observability/render-dashboard.py --prometheus http://127.0.0.1:9090 --out dashboard.png

Needs Python 3 with matplotlib (Debian: python3-matplotlib).
"""
import argparse
import json
import re
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

GRID_COLUMNS = 24
COLUMN_INCHES = 0.8
ROW_INCHES = 0.42
BACKGROUND = "#111217"
PANEL = "#181b1f"
TEXT = "#d8d9da"
MUTED = "#8e8e8e"
COLOURS = {"green": "#73bf69", "red": "#f2495c", "orange": "#ff9830", "yellow": "#fade2a", "blue": "#5794f2"}
SERIES = ["#73bf69", "#f2cc0c", "#8ab8ff", "#ff780a", "#f2495c", "#5794f2", "#b877d9", "#705da0", "#37872d"]


def query(prometheus, path, params):
    url = prometheus.rstrip("/") + path + "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(url, timeout=30) as response:
        body = json.load(response)
    if body.get("status") != "success":
        raise RuntimeError(f"Prometheus refused {params.get('query')}: {body}")
    return body["data"]["result"]


def legend(target, metric):
    """The series name as Grafana writes it from legendFormat ({{label}} placeholders)."""
    form = target.get("legendFormat") or ""
    if not form:
        return ", ".join(f"{k}={v}" for k, v in sorted(metric.items()) if k != "__name__") or target["expr"]
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: metric.get(m.group(1), ""), form).strip()


def threshold_colour(panel, value):
    steps = panel.get("fieldConfig", {}).get("defaults", {}).get("thresholds", {}).get("steps", [])
    colour = None
    for step in steps:
        if step.get("value") is None or value >= step["value"]:
            colour = step.get("color")
    return COLOURS.get(colour, colour) if colour else None


def instant(prometheus, panel):
    rows = []
    for target in panel.get("targets", []):
        for series in query(prometheus, "/api/v1/query", {"query": target["expr"]}):
            rows.append((legend(target, series["metric"]), float(series["value"][1])))
    return rows


def ranged(prometheus, panel, start, end, step):
    lines = []
    for target in panel.get("targets", []):
        params = {"query": target["expr"], "start": start, "end": end, "step": step}
        for series in query(prometheus, "/api/v1/query_range", params):
            points = [(datetime.fromtimestamp(float(t), timezone.utc), float(v)) for t, v in series["values"]]
            lines.append((legend(target, series["metric"]), points))
    return lines


def number(value):
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.3g}"


def draw_stat(ax, panel, rows):
    ax.set_axis_off()
    if not rows:
        ax.text(0.5, 0.4, "No data", ha="center", va="center", color=MUTED, fontsize=14, transform=ax.transAxes)
        return
    width = 1 / len(rows)
    for i, (name, value) in enumerate(rows):
        colour = threshold_colour(panel, value)
        if colour:
            ax.add_patch(plt.Rectangle((i * width + 0.01, 0.02), width - 0.02, 0.78, color=colour, alpha=0.85,
                                       transform=ax.transAxes))
        ax.text(i * width + width / 2, 0.45, number(value), ha="center", va="center", color="white" if colour else TEXT,
                fontsize=26, fontweight="bold", transform=ax.transAxes)
        if len(rows) > 1:
            ax.text(i * width + width / 2, 0.12, name, ha="center", va="center", color=TEXT, fontsize=8,
                    transform=ax.transAxes)


def draw_bars(ax, rows):
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No data", ha="center", va="center", color=MUTED, fontsize=14, transform=ax.transAxes)
        return
    rows = sorted(rows, key=lambda r: r[0])
    names = [r[0] for r in rows]
    values = [r[1] for r in rows]
    bars = ax.barh(range(len(rows)), values, color=[SERIES[i % len(SERIES)] for i in range(len(rows))])
    ax.set_yticks(range(len(rows)), names, fontsize=7, color=TEXT)
    ax.invert_yaxis()
    for bar, value in zip(bars, values):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, " " + number(value), va="center", color=TEXT,
                fontsize=7)
    style_axes(ax)


def draw_lines(ax, lines, step_plot=False):
    if not lines:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No data", ha="center", va="center", color=MUTED, fontsize=14, transform=ax.transAxes)
        return
    for i, (name, points) in enumerate(lines):
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        if step_plot:
            ax.step(xs, [y + i * 1.2 for y in ys], where="post", color=SERIES[i % len(SERIES)], label=name,
                    linewidth=1.5)
        else:
            ax.plot(xs, ys, color=SERIES[i % len(SERIES)], label=name, linewidth=1.3)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M"))
    if step_plot:
        ax.set_yticks([i * 1.2 + 0.5 for i in range(len(lines))], [n for n, _ in lines], fontsize=7, color=TEXT)
    style_axes(ax)
    ax.legend(fontsize=6, loc="upper left", frameon=False, labelcolor=TEXT, ncol=2)


def style_axes(ax):
    ax.set_facecolor(PANEL)
    ax.tick_params(colors=MUTED, labelsize=7)
    for spine in ax.spines.values():
        spine.set_color("#2c3235")
    ax.grid(color="#2c3235", linewidth=0.5)


def render(dashboard, prometheus, out, minutes):
    panels = dashboard["panels"]
    height = max(p["gridPos"]["y"] + p["gridPos"]["h"] for p in panels)
    fig = plt.figure(figsize=(GRID_COLUMNS * COLUMN_INCHES, height * ROW_INCHES + 0.8), facecolor=BACKGROUND)
    fig_h = height * ROW_INCHES + 0.8
    fig.text(0.01, 1 - 0.25 / fig_h, dashboard["title"], color=TEXT, fontsize=15, fontweight="bold", va="center")
    end = time.time()
    start = end - minutes * 60
    step = max(15, int(minutes * 60 / 200))
    fig.text(0.99, 1 - 0.25 / fig_h, f"last {minutes} min to {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, from {prometheus}",
             color=MUTED, fontsize=9, ha="right", va="center")
    for panel in panels:
        g = panel["gridPos"]
        left = g["x"] / GRID_COLUMNS
        width = g["w"] / GRID_COLUMNS
        top = 1 - (0.6 + g["y"] * ROW_INCHES) / fig_h
        box_h = g["h"] * ROW_INCHES / fig_h
        if panel["type"] == "row":
            fig.text(left + 0.005, top - box_h / 2, panel["title"], color=TEXT, fontsize=12, fontweight="bold",
                     va="center")
            continue
        frame = fig.add_axes([left + 0.003, top - box_h + 0.003, width - 0.006, box_h - 0.006])
        frame.set_facecolor(PANEL)
        frame.set_xticks([])
        frame.set_yticks([])
        for spine in frame.spines.values():
            spine.set_color("#2c3235")
        frame.text(0.02, 0.97, panel["title"], color=TEXT, fontsize=9, fontweight="bold", va="top",
                   transform=frame.transAxes)
        title_h = 0.3 * ROW_INCHES / fig_h + 0.012
        inner = [left + 0.012, top - box_h + 0.012, width - 0.02, box_h - title_h - 0.016]
        kind = panel["type"]
        if kind == "stat":
            draw_stat(fig.add_axes(inner, facecolor=PANEL), panel, instant(prometheus, panel))
        elif kind == "bargauge":
            inner[0] += width * 0.22
            inner[2] -= width * 0.25
            draw_bars(fig.add_axes(inner), instant(prometheus, panel))
        elif kind in ("timeseries", "state-timeline"):
            if kind == "state-timeline":
                inner[0] += width * 0.12
                inner[2] -= width * 0.12
            draw_lines(fig.add_axes(inner), ranged(prometheus, panel, start, end, step), kind == "state-timeline")
        else:
            print(f"panel type {kind} is not drawn: {panel['title']}", file=sys.stderr)
    fig.savefig(out, dpi=90, facecolor=BACKGROUND)
    print(f"wrote {out}")


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090", help="Prometheus base URL")
    parser.add_argument("--dashboard", default=str(here / "redress-dashboard.json"))
    parser.add_argument("--out", default="redress-dashboard.png")
    parser.add_argument("--range", type=int, default=30, dest="minutes", help="minutes of history for time series")
    args = parser.parse_args()
    render(json.loads(Path(args.dashboard).read_text()), args.prometheus, args.out, args.minutes)


if __name__ == "__main__":
    main()
