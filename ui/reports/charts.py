"""Bar charts of shares with their 95 % intervals (QtCharts), greyed where the base is small.

One bar per item, the interval drawn across it as a line; bars from fewer than 10 answers
are grey (a second, stacked set: a QBarSet has one colour). The same chart goes into the
scrutiny pack as a picture (`chart_image`).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from champion_app.reports import Share

SOLID = QColor("#2b6cb0")
GREY = QColor("#b8bec6")
WHISKER = QColor("#1a202c")
MAX_BARS = 40


# lupdate reads translate("Context", "…") with both literal; a wrapper would hide the context.
translate = QCoreApplication.translate


def share_chart(title: str, items: list[tuple[str, Share]]) -> QChart:
    """Items top to bottom as given; labels shortened to fit, the full one in the table."""
    from PySide6.QtCharts import QBarSet

    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    shown = [(label, share) for label, share in items if share.n][:MAX_BARS]
    shown.reverse()  # a horizontal chart draws its first category at the bottom
    solid = QBarSet(translate("ReportCharts", "Per cent satisfied"))
    solid.setColor(SOLID)
    grey = QBarSet(translate("ReportCharts", "Fewer than 10 answers"))
    grey.setColor(GREY)
    for _label, share in shown:
        value = share.percent or 0.0
        solid.append(0.0 if share.small else value)
        grey.append(value if share.small else 0.0)
    series = QHorizontalStackedBarSeries()
    series.append(solid)
    series.append(grey)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([_short(label) for label, _share in shown] or [""])
    values = QValueAxis()
    values.setRange(0, 100)
    values.setLabelFormat("%d %%")
    values.setTickCount(6)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    pen = QPen(WHISKER)
    pen.setWidthF(2.0)
    for i, (_label, share) in enumerate(shown):
        low, high = share.interval or (0.0, 0.0)
        whisker = QLineSeries()
        whisker.setPen(pen)
        whisker.append([QPointF(low, i), QPointF(high, i)])
        chart.addSeries(whisker)
        whisker.attachAxis(values)
        whisker.attachAxis(categories)
    for marker in chart.legend().markers()[2:]:  # the whiskers need no legend entry each
        marker.setVisible(False)
    return chart


def image_size(bars: int) -> QSize:
    """Big enough that each bar and its label read at the PDF's width, and no bigger."""
    return QSize(IMAGE_SIZE[0], max(320, 110 + 34 * min(bars, MAX_BARS)))


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


IMAGE_SIZE = (1000, 620)


def chart_image(chart: QChart, size: QSize | None = None) -> QImage:
    """The chart as a picture (for the PDF), laid out and drawn at ``size`` in a scene of
    its own, so it needs no window on screen. The chart is used up: build one for it."""
    size = size or QSize(*IMAGE_SIZE)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    QCoreApplication.processEvents()  # lets the axes and bars take their places
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image
