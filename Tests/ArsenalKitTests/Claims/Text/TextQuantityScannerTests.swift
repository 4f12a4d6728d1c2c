import ArsenalKit
import Testing

@Suite("QuantityScanner")
struct TextQuantityScannerTests {
    /// Text → every mention the scanner must report, in order (see `TextTestSupport.summary`).
    static let english: [(String, [String])] = [
        ("The missile has a range of up to 6,000 meters.", ["[up to 6,000 meters] up_to 6000 m ±500"]),
        ("It can hit targets at 3,500 m altitude.", ["[3,500 m] exact 3500 m ±50"]),
        ("Its range is 6 km.", ["[6 km] exact 6000 m ±500"]),
        ("Its range is 6.0 km.", ["[6.0 km] exact 6000 m ±50"]),
        ("a reach of 3.7 miles", ["[3.7 miles] exact 5954.57 m ±80.4672"]),
        ("It flies at Mach 2.2.", ["[Mach 2.2] exact 748.638 m/s ±17.0145"]),
        ("It flies at 2.2 Mach.", ["[2.2 Mach] exact 748.638 m/s ±17.0145"]),
        ("speeds of up to Mach 2", ["[up to Mach 2] up_to 680.58 m/s ±170.145"]),
        ("a top speed of 900 km/h", ["[900 km/h] exact 250 m/s ±13.8889"]),
        ("about 680 m/s", ["[about 680 m/s] about 680 m/s ±5"]),
        ("500 kph", ["[500 kph] exact 138.889 m/s ±13.8889"]),
        ("1,100 mph", ["[1,100 mph] exact 491.744 m/s ±22.352"]),
        ("at 300 knots", ["[300 knots] exact 154.333 m/s ±25.7222"]),
        ("a speed of 570 meters per second", ["[570 meters per second] exact 570 m/s ±5"]),
        ("520 kilometres per hour", ["[520 kilometres per hour] exact 144.444 m/s ±1.38889"]),
        ("a 6,000-meter range", ["[6,000-meter] exact 6000 m ±500 adjectival"]),
        ("an 11.7-kilogram missile", ["[11.7-kilogram] exact 11.7 kg ±0.05 adjectival"]),
        ("a 5-km range", ["[5-km] exact 5000 m ±500 adjectival"]),
        ("a three-man crew", ["[three] exact 3 ±0.5 adjectival"]),
        ("6km and 3,500m", ["[6km] exact 6000 m ±500", "[3,500m] exact 3500 m ±50"]),
        ("It weighs 10.8 kg (23.8 lb).", ["[10.8 kg (23.8 lb)] exact 10.8 kg ±0.05 conversion=(23.8 lb)"]),
        // A figure in an imperial unit or Mach restated in metric reads as the metric figure,
        // with the bound inside when the outer figure has none; a metric figure keeps its own.
        ("a range of 5 miles (8 km)", ["[5 miles (8 km)] exact 8000 m ±500 conversion=(8 km)"]),
        ("Mach 2.5 (about 800 m/s)", ["[Mach 2.5 (about 800 m/s)] about 800 m/s ±50 conversion=(about 800 m/s)"]),
        ("up to 10,000 ft (3,050 m)", ["[up to 10,000 ft (3,050 m)] up_to 3050 m ±5 conversion=(3,050 m)"]),
        ("6 km (3.7 miles)", ["[6 km (3.7 miles)] exact 6000 m ±500 conversion=(3.7 miles)"]),
        ("5 to 6 miles (8 km)", ["[5 to 6 miles (8 km)] between 8046.72…9656.06 m ±804.672 conversion=(8 km)"]),
        ("3,500 m (11,500 ft) high", ["[3,500 m (11,500 ft)] exact 3500 m ±50 conversion=(11,500 ft)"]),
        ("up to 6 km (about 3.7 mi)", ["[up to 6 km (about 3.7 mi)] up_to 6000 m ±500 conversion=(about 3.7 mi)"]),
        ("5 miles or 8 km", ["[5 miles or 8 km] exact 8046.72 m ±804.672 conversion=or 8 km"]),
        ("Range: 5-6 km.", ["[5-6 km] between 5000…6000 m ±500"]),
        ("Range: 5–6 km.", ["[5–6 km] between 5000…6000 m ±500"]),
        ("5 to 6 km", ["[5 to 6 km] between 5000…6000 m ±500"]),
        ("between 500 and 6,000 meters", ["[between 500 and 6,000 meters] between 500…6000 m ±500"]),
        ("from 10 to 3,500 m", ["[from 10 to 3,500 m] between 10…3500 m ±50"]),
        ("between 5 km and 6 km", ["[between 5 km and 6 km] between 5000…6000 m ±500"]),
        ("5–6 km (3–4 miles)", ["[5–6 km (3–4 miles)] between 5000…6000 m ±500 conversion=(3–4 miles)"]),
        ("one or two soldiers", ["[one or two] between 1…2 ±0.5"]),
        ("more than 4 km", ["[more than 4 km] more_than 4000 m ±500"]),
        ("over 4 km", ["[over 4 km] more_than 4000 m ±500"]),
        ("in excess of 4 km", ["[in excess of 4 km] more_than 4000 m ±500"]),
        ("at least 2 km", ["[at least 2 km] at_least 2000 m ±500"]),
        ("no less than 2 km", ["[no less than 2 km] at_least 2000 m ±500"]),
        ("about 5 miles", ["[about 5 miles] about 8046.72 m ±804.672"]),
        ("around 5 km", ["[around 5 km] about 5000 m ±500"]),
        ("approximately 5 km", ["[approximately 5 km] about 5000 m ±500"]),
        ("approx. 5 km", ["[approx. 5 km] about 5000 m ±500"]),
        ("roughly 12 kg", ["[roughly 12 kg] about 12 kg ±0.5"]),
        ("nearly 12 kg", ["[nearly 12 kg] about 12 kg ±0.5"]),
        ("some 12 kg", ["[some 12 kg] about 12 kg ±0.5"]),
        ("close to 12 kg", ["[close to 12 kg] about 12 kg ±0.5"]),
        ("~12 kg", ["[~12 kg] about 12 kg ±0.5"]),
        ("under 10 kg", ["[under 10 kg] less_than 10 kg ±5"]),
        ("less than 10 kg", ["[less than 10 kg] less_than 10 kg ±5"]),
        ("within 5 km", ["[within 5 km] up_to 5000 m ±500"]),
        ("as far as 5 km", ["[as far as 5 km] up_to 5000 m ±500"]),
        ("a maximum of 5 km", ["[a maximum of 5 km] up_to 5000 m ±500"]),
        ("6 km or more", ["[6 km or more] at_least 6000 m ±500"]),
        ("6 km or less", ["[6 km or less] up_to 6000 m ±500"]),
        ("6,000+ m", ["[6,000+ m] at_least 6000 m ±500"]),
        ("six kilometres", ["[six kilometres] exact 6000 m ±500"]),
        ("twenty-five km", ["[twenty-five km] exact 25000 m ±500"]),
        ("one hundred and fifty metres", ["[one hundred and fifty metres] exact 150 m ±5"]),
        ("a hundred meters", ["[a hundred meters] exact 100 m ±50"]),
        ("half a mile", ["[half a mile] exact 804.672 m ±80.4672"]),
        ("two and a half kilometres", ["[two and a half kilometres] exact 2500 m ±50"]),
        // Vulgar fractions after a whole number (blind set AZ): "3½", "4 1/2", "2 ¾"; a date is no fraction.
        ("3½ km", ["[3½ km] exact 3500 m ±250"]),
        ("4 1/2 km", ["[4 1/2 km] exact 4500 m ±250"]),
        ("2 ¾ km", ["[2 ¾ km] exact 2750 m ±125"]),
        ("a couple of miles", ["[a couple of miles] exact 3218.69 m ±804.672"]),
        ("a dozen soldiers", ["[a dozen] exact 12 ±0.5"]),
        ("5,000 Igla-S missiles", ["[5,000] exact 5000 ±500"]),
        ("1.5 million", ["[1.5 million] exact 1500000 ±50000 scale=1000000"]),
        ("two million", ["[two million] exact 2000000 ±500000 scale=1000000"]),
        ("In 1981 it entered service.", ["[1981] exact 1981 ±0.5 year"]),
        ("a 10,000-strong force", ["[10,000] exact 10000 ±5000 adjectival"]),
        ("6 000 m", ["[6 000 m] exact 6000 m ±500"]),
        ("6\u{00A0}000 m", ["[6\u{00A0}000 m] exact 6000 m ±500"]),
        ("6\u{202F}000 m", ["[6\u{202F}000 m] exact 6000 m ±500"]),
        ("6\u{2009}000 m", ["[6\u{2009}000 m] exact 6000 m ±500"]),
        ("1,35,000 m", ["[1,35,000 m] exact 135000 m ±500"]),
        ("1,234.5 m", ["[1,234.5 m] exact 1234.5 m ±0.05"]),
        ("1.234,5 m", ["[1.234,5 m] exact 1234.5 m ±0.05"]),
        ("0.500 kg", ["[0.500 kg] exact 0.5 kg ±0.0005"]),
        ("It weighs 17 pounds.", ["[17 pounds] exact 7.71107 kg ±0.226796"]),
        ("a 2 lb warhead", ["[2 lb] exact 0.907185 kg ±0.226796"]),
        ("a 1,270 g warhead", ["[1,270 g] exact 1.27 kg ±0.005"]),
        ("10,000 feet", ["[10,000 feet] exact 3048 m ±1524"]),
        ("10,000 ft", ["[10,000 ft] exact 3048 m ±1524"]),
        ("3 nautical miles", ["[3 nautical miles] exact 5556 m ±926"]),
    ]

    static let spanish: [(String, [String])] = [
        ("El alcance es de hasta 6 kilómetros.", ["[de hasta 6 kilómetros] up_to 6000 m ±500"]),
        // A half written after the unit adds to the whole figure before it.
        ("alcanza seis kilómetros y medio", ["[seis kilómetros y medio] exact 6500 m ±50"]),
        ("hasta 6 kilómetros", ["[hasta 6 kilómetros] up_to 6000 m ±500"]),
        ("un alcance de 6.000 metros", ["[6.000 metros] exact 6000 m ±500"]),
        ("3,5 km", ["[3,5 km] exact 3500 m ±50"]),
        ("1,5 km", ["[1,5 km] exact 1500 m ±50"]),
        ("entre 10 y 3.500 metros", ["[entre 10 y 3.500 metros] between 10…3500 m ±50"]),
        ("de 500 a 6.000 m", ["[de 500 a 6.000 m] between 500…6000 m ±500"]),
        ("más de 4 km", ["[más de 4 km] more_than 4000 m ±500"]),
        ("al menos 2 km", ["[al menos 2 km] at_least 2000 m ±500"]),
        ("cerca de 5 km", ["[cerca de 5 km] about 5000 m ±500"]),
        ("unos 5 km", ["[unos 5 km] about 5000 m ±500"]),
        ("aproximadamente 5 km", ["[aproximadamente 5 km] about 5000 m ±500"]),
        ("alrededor de 5 km", ["[alrededor de 5 km] about 5000 m ±500"]),
        ("menos de 10 kg", ["[menos de 10 kg] less_than 10 kg ±5"]),
        ("pesa 10,8 kilogramos", ["[10,8 kilogramos] exact 10.8 kg ±0.05"]),
        ("17 kilos", ["[17 kilos] exact 17 kg ±0.5"]),
        ("24 libras", ["[24 libras] exact 10.8862 kg ±0.226796"]),
        ("10.000 pies", ["[10.000 pies] exact 3048 m ±1524"]),
        ("3 millas", ["[3 millas] exact 4828.03 m ±804.672"]),
        ("300 nudos", ["[300 nudos] exact 154.333 m/s ±25.7222"]),
        ("900 kilómetros por hora", ["[900 kilómetros por hora] exact 250 m/s ±13.8889"]),
        ("vuela a Mach 2,2", ["[Mach 2,2] exact 748.638 m/s ±17.0145"]),
        ("seis kilómetros", ["[seis kilómetros] exact 6000 m ±500"]),
        ("dos mil quinientos metros", ["[dos mil quinientos metros] exact 2500 m ±50"]),
        ("treinta y cinco kilómetros", ["[treinta y cinco kilómetros] exact 35000 m ±500"]),
        ("mil metros", ["[mil metros] exact 1000 m ±500"]),
        ("6 mil metros", ["[6 mil metros] exact 6000 m ±500 scale=1000"]),
        ("una docena de soldados", ["[una docena] exact 12 ±0.5"]),
        ("medio kilómetro", ["[medio kilómetro] exact 500 m ±50"]),
        ("entre diez y veinte km", ["[entre diez y veinte km] between 10000…20000 m ±5000"]),
        ("En 1981 entró en servicio.", ["[1981] exact 1981 ±0.5 year"]),
    ]

    /// Numbers that are not figures: money, percentages, times, dates, designations, codes.
    static let notFigures: [(String, [String])] = [
        ("a contract worth $687m", []),
        ("a $687 million deal", []),
        ("€1.2 billion", []),
        ("US$5 million", []),
        ("USD 5 million", []),
        ("687 million dollars", []),
        ("un contrato de 5 millones de dólares", []),
        ("40% of the stock", []),
        ("40 percent", []),
        ("40 per cent", []),
        ("el 40 por ciento", []),
        ("at 10:30 local time", []),
        ("on May 30, 2023", ["[2023] exact 2023 ±0.5 year"]),
        ("on 30 May 2023", ["[2023] exact 2023 ±0.5 year"]),
        ("el 30 de mayo de 2023", ["[2023] exact 2023 ±0.5 year"]),
        ("on 2023-05-30", []),
        ("on 30/05/2023", []),
        ("the SA-7 and the FIM-92 and the MiG-29", []),
        ("the 9K38 Igla", []),
        ("the 9M342 missile", []),
        ("the 1980s", []),
        ("the 1st brigade", []),
        ("the Type 91 missile", []),
        ("Block 2 upgrade", []),
        ("No. 5", []),
        ("see https://example.com/6km/page2 for details", []),
        ("visit www.example.com/range-6km", []),
        ("version 1.2.3 of the firmware", []),
        ("the once-secret program", []),
        ("the media reported", []),
        ("a couple of weeks", ["[a couple] exact 2 ±0.5"]),
        ("6 km² of territory", ["[6] exact 6 ±0.5"]),
        ("mil soldados", []),
    ]

    @Test("English figures", arguments: english)
    func readsEnglishFigures(text: String, expected: [String]) {
        #expect(TextTestSupport.summaries(text) == expected)
    }

    @Test("Spanish figures", arguments: spanish)
    func readsSpanishFigures(text: String, expected: [String]) {
        #expect(TextTestSupport.summaries(text) == expected)
    }

    @Test("Numbers that are not figures", arguments: notFigures)
    func numbersThatAreNotFigures(text: String, expected: [String]) {
        #expect(TextTestSupport.summaries(text) == expected)
    }

    @Test("Spans: number, unit, bound and conversion ranges")
    func spans() throws {
        let text = "It has a range of up to 6 km (3.7 mi) today."
        let mention = try #require(TextTestSupport.scanner.scan(text).first)
        let utf8 = Array(text.utf8)
        func quote(_ range: Range<Int>?) -> String? { range.map { String(decoding: utf8[$0], as: UTF8.self) } }
        #expect(quote(mention.range) == "up to 6 km (3.7 mi)")
        #expect(quote(mention.numberRange) == "6")
        #expect(quote(mention.unitRange) == "km")
        #expect(quote(mention.boundRange) == "up to")
        #expect(quote(mention.conversionRange) == "(3.7 mi)")
        #expect(mention.textValue == "6")
        #expect(mention.unit == .kilometers)
        #expect(mention.dimension == .length)
        #expect(mention.writtenValue == 6)
        #expect(mention.quantity == Quantity(6, .kilometers))
        #expect(!mention.isBareNumber)
    }

    @Test("Offsets count UTF-8 bytes after multi-byte text")
    func offsetsAfterMultiByteText() throws {
        let text = "Игла-С 射程 🚀 reaches 6 km"
        let mention = try #require(TextTestSupport.scanner.scan(text).first)
        let prefix = "Игла-С 射程 🚀 reaches "
        #expect(mention.range == prefix.utf8.count..<(prefix.utf8.count + "6 km".utf8.count))
    }

    @Test("A scanner for one language ignores the other's words")
    func singleLanguage() throws {
        let english = QuantityScanner(lexicons: [try Lexicon.bundled("en")])
        #expect(english.scan("seis kilómetros").isEmpty)
        #expect(english.scan("6 km").count == 1)
        let spanish = QuantityScanner(lexicons: [try Lexicon.bundled("es")])
        #expect(spanish.scan("six kilometres").isEmpty)
        #expect(spanish.scan("seis kilómetros").first?.value == 6000)
    }

    @Test("Scanning a document's bytes equals scanning its text")
    func documentScan() {
        let text = "The range is up to 6 km; the ceiling 3,500 m."
        let document = Document(path: "a.txt", text: text)
        #expect(TextTestSupport.scanner.scan(document) == TextTestSupport.scanner.scan(text))
    }
}
