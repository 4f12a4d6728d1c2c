import Foundation

/// A chart of engagement envelopes as SVG 1.1 (https://www.w3.org/TR/SVG11/): range on
/// the horizontal axis, altitude on the vertical, one box per system from its minimum to
/// its maximum range and altitude, one colour per system (the Okabe–Ito palette, readable
/// with colour-blindness, then Paul Tol's muted one), a legend, axis labels with units, and the sources as a caption.
///
/// Where sources disagree, the filled box spans the figures every source allows (the
/// largest minimum to the smallest maximum) and a dashed box the widest figures any
/// source prints. A minimum that is not recorded is drawn from zero and said so in the
/// legend; a system without a maximum altitude is drawn as a bar on the range scale
/// under the plot.
/// The background is opaque white so the chart reads on dark pages too.
public enum SVGRenderer {
    /// Okabe–Ito without its yellow (too pale on white), then Paul Tol's muted colours.
    static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
        "#332288", "#882255", "#117733", "#999933", "#AA4499",
    ]
    static let font = "'DejaVu Sans', 'Helvetica Neue', Helvetica, Arial, 'Noto Sans CJK SC', 'Noto Sans', sans-serif"

    // Layout, in SVG user units (CSS pixels).
    static let width = 760.0
    static let plotLeft = 78.0, plotWidth = 652.0, plotHeight = 300.0

    /// The envelope of one system, in SI metres.
    struct Envelope {
        let system: WeaponSystem
        let color: String
        let minRange, maxRange, minAltitude, maxAltitude: ValueSummary

        /// (inner, outer) bounds along one axis: inner from the largest minimum to the
        /// smallest maximum, outer from the smallest minimum to the largest maximum.
        static func span(_ minimum: ValueSummary, _ maximum: ValueSummary) -> (inner: ClosedRange<Double>, outer: ClosedRange<Double>)? {
            guard let maxLow = maximum.low, let maxHigh = maximum.high else { return nil }
            let minLow = minimum.low ?? 0, minHigh = minimum.high ?? 0
            let inner = min(minHigh, maxLow)...max(minHigh, maxLow)
            let outer = min(minLow, maxHigh)...max(minLow, maxHigh)
            return (inner, outer)
        }
    }

    /// Renders the chart of `comparison`'s systems.
    public static func render(_ comparison: SystemComparison) -> String {
        let envelopes = comparison.systems.enumerated().map { index, system in
            Envelope(
                system: system, color: palette[index % palette.count],
                minRange: system.summary(.minRange), maxRange: system.summary(.maxRange),
                minAltitude: system.summary(.minAltitude), maxAltitude: system.summary(.maxAltitude))
        }
        let largestRange = envelopes.compactMap(\.maxRange.high).max() ?? 0
        let largestAltitude = envelopes.compactMap(\.maxAltitude.high).max() ?? 0
        let xUnit = comparison.units.unit(for: .maxRange, largest: largestRange)!
        let yUnit = comparison.units.unit(for: .maxAltitude, largest: largestAltitude)!
        let xAxis = Axis(largest: largestRange / xUnit.siFactor)
        let yAxis = Axis(largest: largestAltitude / yUnit.siFactor)

        // Heading: title and explanation, wrapped to the plot's width.
        let names = comparison.systems.map(\.name).joined(separator: ", ")
        let heading = comparison.systems.count > 4 ? "\(comparison.systems.count) systems" : names
        var body: [String] = [##"<rect width="100%" height="100%" fill="#ffffff"/>"##]
        var cursor = 30.0
        for titleLine in wrap("Engagement envelopes: \(heading)", size: 17, width: plotWidth, bold: true) {
            body.append(text(plotLeft, cursor, titleLine, size: 17, weight: "bold"))
            cursor += 21
        }
        let subtitle = "Range against altitude as the sources print them. Filled: what every source allows; dashed: the widest figures any source gives."
        for subtitleLine in wrap(subtitle, size: 11.5, width: plotWidth) {
            body.append(text(plotLeft, cursor, subtitleLine, size: 11.5, fill: "#444444"))
            cursor += 15
        }
        let plotTop = cursor + 8
        let plotBottom = plotTop + plotHeight
        func x(_ si: Double) -> Double { plotLeft + plotWidth * min(si / xUnit.siFactor, xAxis.maximum) / xAxis.maximum }
        func y(_ si: Double) -> Double { plotBottom - plotHeight * min(si / yUnit.siFactor, yAxis.maximum) / yAxis.maximum }

        // Grid, ticks and axis labels.
        var grid: [String] = []
        for tick in xAxis.ticks {
            let px = plotLeft + plotWidth * tick / xAxis.maximum
            grid.append(line(px, plotTop, px, plotBottom, stroke: tick == 0 ? "#333333" : "#e3e3e3"))
            grid.append(text(px, plotBottom + 17, FigureFormatter.number(tick), size: 11, anchor: "middle", fill: "#333333"))
        }
        for tick in yAxis.ticks {
            let py = plotBottom - plotHeight * tick / yAxis.maximum
            grid.append(line(plotLeft, py, plotLeft + plotWidth, py, stroke: tick == 0 ? "#333333" : "#e3e3e3"))
            grid.append(text(plotLeft - 8, py + 4, FigureFormatter.number(tick), size: 11, anchor: "end", fill: "#333333"))
        }
        body.append(group("grid", grid))
        body.append(text(plotLeft + plotWidth / 2, plotBottom + 40, "range (\(xUnit.rawValue))", size: 13, anchor: "middle"))
        let yLabelX = plotLeft - 52, yLabelY = plotTop + plotHeight / 2
        body.append(#"<text x="\#(n(yLabelX))" y="\#(n(yLabelY))" font-size="13" text-anchor="middle" transform="rotate(-90 \#(n(yLabelX)) \#(n(yLabelY)))">altitude (\#(escape(yUnit.rawValue)))</text>"#)

        // Envelopes with an altitude: dashed outer box, filled inner box, and the name at
        // the inner box's top-left corner where it does not collide with another name.
        var labels = LabelPlacer(top: plotTop + 12)
        var rangeOnly: [(Envelope, (inner: ClosedRange<Double>, outer: ClosedRange<Double>))] = []
        for envelope in envelopes {
            guard let range = Envelope.span(envelope.minRange, envelope.maxRange) else { continue }
            guard let altitude = Envelope.span(envelope.minAltitude, envelope.maxAltitude) else {
                rangeOnly.append((envelope, range))
                continue
            }
            var shapes: [String] = []
            if range.outer != range.inner || altitude.outer != altitude.inner {
                shapes.append(rect(x(range.outer.lowerBound), y(altitude.outer.upperBound), x(range.outer.upperBound), y(altitude.outer.lowerBound),
                                   stroke: envelope.color, fill: "none", dashed: true))
            }
            shapes.append(rect(x(range.inner.lowerBound), y(altitude.inner.upperBound), x(range.inner.upperBound), y(altitude.inner.lowerBound),
                               stroke: envelope.color, fill: envelope.color, dashed: false))
            let left = x(range.inner.lowerBound) + 4, top = y(altitude.inner.upperBound)
            let name = envelope.system.name
            let candidates = [top - 5] + (1...6).map { top + 15 * Double($0) }.filter { $0 < y(altitude.inner.lowerBound) - 2 }
            if let baseline = labels.place(left: left, width: textWidth(name, size: 11.5, bold: true), preferred: candidates) {
                shapes.append(text(left, baseline, name, size: 11.5, weight: "bold", fill: envelope.color))
            }
            body.append(group("envelope-\(envelope.system.id)", shapes))
        }

        // Systems without an altitude: one bar each on the range scale, below the plot.
        cursor = plotBottom + 62
        if !rangeOnly.isEmpty {
            body.append(text(plotLeft, cursor, "Range only (no altitude recorded):", size: 11.5, fill: "#444444"))
            cursor += 8
            for (envelope, range) in rangeOnly {
                // The name goes right of the bar when it fits there, else above the bar.
                let name = envelope.system.name
                let right = x(range.outer.upperBound) + 8
                let besideBar = right + textWidth(name, size: 11.5, bold: true) <= plotLeft + plotWidth
                var shapes: [String] = []
                if !besideBar {
                    shapes.append(text(x(range.outer.lowerBound), cursor + 10, name, size: 11.5, weight: "bold", fill: envelope.color))
                    cursor += 14
                }
                if range.outer != range.inner {
                    shapes.append(rect(x(range.outer.lowerBound), cursor, x(range.outer.upperBound), cursor + 9, stroke: envelope.color, fill: "none", dashed: true))
                }
                shapes.append(rect(x(range.inner.lowerBound), cursor, x(range.inner.upperBound), cursor + 9, stroke: envelope.color, fill: envelope.color, dashed: false, opacity: 0.45))
                if besideBar {
                    shapes.append(text(right, cursor + 9, name, size: 11.5, weight: "bold", fill: envelope.color))
                }
                body.append(group("range-\(envelope.system.id)", shapes))
                cursor += 17
            }
            cursor += 20
        }

        // Legend: swatch, name, and the figures drawn.
        for envelope in envelopes {
            body.append(#"<rect x="\#(n(plotLeft))" y="\#(n(cursor - 10))" width="22" height="12" fill="\#(envelope.color)" fill-opacity="0.25" stroke="\#(envelope.color)" stroke-width="2"/>"#)
            body.append(##"<text x="\##(n(plotLeft + 30))" y="\##(n(cursor))" font-size="12"><tspan font-weight="bold" fill="\##(envelope.color)">\##(escape(envelope.system.name))</tspan><tspan dx="8" fill="#222222">\##(escape(legendText(envelope, xUnit: xUnit, yUnit: yUnit)))</tspan></text>"##)
            cursor += 19
        }

        // Caption: the sources of the figures drawn.
        var numbers: [String: Int] = [:]
        var cited: [String] = []
        for envelope in envelopes {
            for summary in [envelope.minRange, envelope.maxRange, envelope.minAltitude, envelope.maxAltitude] {
                for value in summary.values where value.status != .deprecated && numbers[value.sourceID] == nil {
                    numbers[value.sourceID] = cited.count + 1
                    cited.append(value.sourceID)
                }
            }
        }
        cursor += 8
        let entries = cited.enumerated().map { index, id in
            let label = comparison.registry[id].map { "\($0.title) — \($0.publisher), read \($0.retrieved)" } ?? "\(id) (not in the source registry)"
            return "[\(index + 1)] \(label)"
        }
        let caption = entries.isEmpty ? "No range or altitude figures are recorded for these systems." : "Sources: " + entries.joined(separator: "; ")
        for captionLine in wrap(caption, size: 10.5, width: plotWidth) {
            body.append(text(plotLeft, cursor, captionLine, size: 10.5, fill: "#555555"))
            cursor += 14
        }
        body.append(text(plotLeft, cursor + 4, "Units: \(comparison.units.rawValue). Data: Arsenal; every figure is sourced in its data file.", size: 10.5, fill: "#555555"))
        let height = (cursor + 18).rounded()

        let description = envelopes.map { "\($0.system.name): \(legendText($0, xUnit: xUnit, yUnit: yUnit))" }.joined(separator: "; ")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" role="img" aria-labelledby="chart-title chart-desc" font-family="\(font)">
              <title id="chart-title">Engagement envelopes: \(escape(names))</title>
              <desc id="chart-desc">\(escape(description))</desc>
            \(body.map { "  " + $0 }.joined(separator: "\n"))
            </svg>

            """
    }

    private static func group(_ id: String, _ elements: [String]) -> String {
        #"<g id="\#(escape(id))">"# + "\n" + elements.map { "    " + $0 }.joined(separator: "\n") + "\n  </g>"
    }

    /// `range 0.5 to 6 km · altitude 3.5 km · min. altitude not recorded`, in the axes' units.
    static func legendText(_ envelope: Envelope, xUnit: QuantityUnit, yUnit: QuantityUnit) -> String {
        func figure(_ summary: ValueSummary) -> String? {
            guard summary.high != nil else { return nil }
            return summary.text(in: summary.attribute == .minRange || summary.attribute == .maxRange ? xUnit : yUnit)
        }
        /// `0.5 to 6 km`: the minimum drops the unit it shares with the maximum.
        func span(_ minimum: ValueSummary, _ maximum: String) -> String {
            guard var low = figure(minimum) else { return maximum }
            let unit = " " + (minimum.attribute == .minRange ? xUnit : yUnit).rawValue
            if low.hasSuffix(unit) { low.removeLast(unit.count) }
            return "\(low) to \(maximum)"
        }
        guard let maxRange = figure(envelope.maxRange) else { return "no maximum range recorded: not drawn" }
        var parts = ["range " + span(envelope.minRange, maxRange)]
        if let maxAltitude = figure(envelope.maxAltitude) {
            parts.append("altitude " + span(envelope.minAltitude, maxAltitude))
        }
        var missing: [String] = []
        if envelope.minRange.high == nil { missing.append("min. range") }
        if envelope.maxAltitude.high == nil {
            missing.append("altitude")
        } else if envelope.minAltitude.high == nil {
            missing.append("min. altitude")
        }
        if !missing.isEmpty { parts.append(missing.joined(separator: ", ") + " not recorded") }
        return parts.joined(separator: " · ")
    }

    /// Keeps box names from overprinting each other: the first preferred baseline whose
    /// line is free is taken, and a name with none is left to the legend.
    struct LabelPlacer {
        /// The highest baseline allowed (so a name never leaves the plot).
        let top: Double
        private var placed: [(x: ClosedRange<Double>, baseline: Double)] = []

        init(top: Double) {
            self.top = top
        }

        /// The first free baseline of `preferred`, or nil when all collide (the legend
        /// still names the system).
        mutating func place(left: Double, width: Double, preferred: [Double]) -> Double? {
            let span = left...(left + width)
            let free = preferred.map { max($0, top) }.first { baseline in
                !placed.contains { $0.x.overlaps(span) && abs($0.baseline - baseline) < 13 }
            }
            if let free { placed.append((span, free)) }
            return free
        }
    }

    /// A linear axis from zero with round ticks.
    struct Axis {
        let maximum: Double
        let ticks: [Double]

        init(largest: Double) {
            guard largest > 0 else {
                maximum = 1
                ticks = [0, 0.5, 1]
                return
            }
            let raw = largest / 6
            let magnitude = pow(10, floor(log10(raw)))
            let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
            let top = (largest * 1.04 / step).rounded(.up) * step
            maximum = top
            ticks = stride(from: 0, through: top + step / 2, by: step).map { ($0 / step).rounded() * step }.filter { $0 <= top + 1e-9 }
        }
    }

    // MARK: Drawing

    private static func text(_ x: Double, _ y: Double, _ content: String, size: Double, weight: String? = nil, anchor: String? = nil, fill: String? = nil) -> String {
        var attributes = #"x="\#(n(x))" y="\#(n(y))" font-size="\#(n(size))""#
        if let weight { attributes += #" font-weight="\#(weight)""# }
        if let anchor { attributes += #" text-anchor="\#(anchor)""# }
        if let fill { attributes += #" fill="\#(fill)""# }
        return "<text \(attributes)>\(escape(content))</text>"
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String) -> String {
        #"<line x1="\#(n(x1))" y1="\#(n(y1))" x2="\#(n(x2))" y2="\#(n(y2))" stroke="\#(stroke)" stroke-width="1"/>"#
    }

    private static func rect(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, fill: String, dashed: Bool, opacity: Double = 0.2) -> String {
        let left = min(x1, x2), top = min(y1, y2)
        let width = max(abs(x2 - x1), 1), height = max(abs(y2 - y1), 1)
        var attributes = #"x="\#(n(left))" y="\#(n(top))" width="\#(n(width))" height="\#(n(height))" stroke="\#(stroke)""#
        if fill == "none" {
            attributes += #" fill="none" stroke-width="1.5""#
        } else {
            attributes += #" fill="\#(fill)" fill-opacity="\#(n(opacity))" stroke-width="2""#
        }
        if dashed { attributes += #" stroke-dasharray="6 4""# }
        return "<rect \(attributes)/>"
    }

    /// Splits `text` into lines that fit `width` at `size`, at spaces.
    static func wrap(_ text: String, size: Double, width: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if textWidth(candidate, size: size, bold: bold) > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// An estimate of rendered text width, on the generous side (DejaVu Sans, a wide
    /// font, averages about 0.6 em a letter, 0.68 em in bold; a CJK character is 1 em).
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(DisplayWidth.of(text)) * size * (bold ? 0.7 : 0.6)
    }

    /// A coordinate with at most one decimal.
    private static func n(_ value: Double) -> String {
        formatNumber(value, maxFractionDigits: 1)
    }

    /// XML character data and attribute values (XML 1.0, section 2.4).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
