import ArsenalKit
import Foundation

// `arsenal-bench check ...`: throughput of `arsenal check` on generated article text, and
// `arsenal-bench corpus DIR`: precision, recall and verdict accuracy on the labelled corpus.
// Benchmarks/check/run.sh drives the first; Benchmarks/corpus/score.sh the second.

/// `check generate DIR [--mb N] [--defence-percent P]` writes a deterministic corpus;
/// `check gather OUT [--mb N] DIR...` writes the passages under DIR (the development
/// halves of the extraction corpus: real-style text written from published pages) to a
/// JSONL corpus of about N MB; `check throughput FILE [--runs R]` checks a JSONL corpus R
/// times on one core and prints the median MB/s.
func runCheckBenchmark(arguments: [String]) {
    switch arguments.first {
    case "generate":
        guard arguments.count >= 2 else { checkUsage() }
        let megabytes = intOption("--mb", in: arguments) ?? 100
        let defence = intOption("--defence-percent", in: arguments) ?? 100
        generateCheckCorpus(directory: arguments[1], megabytes: megabytes, defencePercent: defence)
    case "gather":
        guard arguments.count >= 3 else { checkUsage() }
        var folders: [String] = []
        var index = 2
        while index < arguments.count {
            if arguments[index] == "--mb" { index += 2; continue }
            folders.append(arguments[index])
            index += 1
        }
        gatherPassages(into: arguments[1], megabytes: intOption("--mb", in: arguments) ?? 20, from: folders)
    case "throughput":
        guard arguments.count >= 2 else { checkUsage() }
        measureThroughput(path: arguments[1], runs: intOption("--runs", in: arguments) ?? 3)
    case "startup":
        guard arguments.count >= 2 else { checkUsage() }
        measureStartup(article: arguments[1])
    default:
        checkUsage()
    }
}

private func checkUsage() -> Never {
    print("""
        usage: arsenal-bench check generate DIR [--mb N] [--defence-percent P]
                                                              write corpus.jsonl (N MB; P% of articles about
                                                              air defence, the rest general news) and
                                                              article-5k.md to DIR
               arsenal-bench check gather OUT [--mb N] DIR... write the labelled passages under each DIR
                                                              (never a folder named test) to the JSONL
                                                              corpus OUT, repeated in path order to N MB
               arsenal-bench check throughput FILE [--runs R] check a JSONL corpus R times; median MB/s
               arsenal-bench check startup ARTICLE            time each start-up step of one check in-process
               arsenal-bench corpus DIR [--verbose]           score findings against DIR/*.expected.yaml
                             [--exclude-attributes A,B]       (an extraction-corpus half: leave attributes out)
        """)
    exit(2)
}

private func intOption(_ name: String, in arguments: [String]) -> Int? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return Int(arguments[index + 1])
}

/// A small deterministic generator (SplitMix64), so the corpus is the same on every run.
private struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// Sentences in the style of defence reporting: claims about catalog systems, traps
/// (troops, money, dates, other things' figures) and filler prose in roughly the
/// proportions of the labelled corpus.
private let claimSentences = [
    "The {S} has a range of up to {R} meters and can hit targets at altitudes of up to {A} meters.",
    "According to its maker, the {S} can reach {K} km and flies at about Mach {M}.",
    "Analysts say the missile weighs {W} kg and is light enough to be carried by a single soldier.",
    "The Russian-made {S} is a short-range, low-altitude system similar to the American Stinger.",
    "It can take down cruise missiles, drones, helicopters and low-flying aircraft.",
    "The {S} has a longer range than the Igla, officials said.",
    "Venezuela has {N} {S} missiles positioned around the country.",
    "The heat-seeking {S} is operated by a two-man crew.",
]
private let trapSentences = [
    "The United States has sent {N} Marines and sailors to the region.",
    "The deal is worth {N} million dollars, the ministry said on March 14, 2024.",
    "A cargo airliner cruising at 10,000 metres is far beyond its reach.",
    "Production at the plant, about 130 km south of the capital, rose by 40% since 2022.",
]
private let fillerSentences = [
    "In a televised appearance with senior commanders, the president said the launchers had been handed to units across the territory.",
    "Independent analysts have questioned that figure, saying the number of trained and armed members is far smaller.",
    "The government has answered by staging drills along its coastline and mobilising reservists.",
    "Officials did not say when the weapons were delivered or how many had been issued to front-line troops.",
    "The announcement came as tension rose in the region and neighbours expanded their naval presence.",
    "Critics say the programme has suffered delays, cost overruns and a shortage of trained operators.",
]
/// General news: numbers, dates and money, but no weapon system.
private let newsSentences = [
    "The central bank left its benchmark rate at 4.5% on Tuesday, citing inflation that has stayed above target for 18 months.",
    "About 12,000 people attended the final, which ended 2-1 after extra time in front of a record television audience.",
    "The storm brought winds of up to 120 km/h and cut power to 300,000 homes along a 200 km stretch of coast.",
    "Shares in the carmaker rose 3.1% after it reported quarterly sales of $4.2 billion, beating forecasts.",
    "The new bridge, 1.6 km long and 45 metres high, took six years to build and cost 850 million euros.",
    "Lawmakers passed the budget by 212 votes to 190 late on Thursday after a 14-hour debate.",
    "The marathon runner finished in 2 hours 6 minutes, the fastest time on the course since 2019.",
    "Officials said the wildfire had burned 35,000 hectares and forced 8,000 residents to leave their homes.",
]

private let systemNames = ["Igla-S", "Igla", "Stinger", "Piorun", "Mistral 3", "Verba", "Strela-2M", "FN-6", "Starstreak", "RBS 70"]

private func sentence(_ rng: inout SplitMix64) -> String {
    let roll = rng.next() % 10
    var text = roll < 3 ? rng.pick(claimSentences) : roll < 4 ? rng.pick(trapSentences) : rng.pick(fillerSentences)
    let replacements: [(String, String)] = [
        ("{S}", rng.pick(systemNames)), ("{R}", rng.pick(["5,000", "6,000", "4,800", "8,000"])),
        ("{A}", rng.pick(["3,500", "3,000", "4,000"])), ("{K}", rng.pick(["4.8", "6", "8", "5.2"])),
        ("{M}", rng.pick(["2.2", "1.5", "2.5"])), ("{W}", rng.pick(["10.1", "10.8", "11.7", "17"])),
        ("{N}", rng.pick(["5,000", "4,500", "2,000", "1,300"])),
    ]
    for (key, value) in replacements { text = text.replacingOccurrences(of: key, with: value) }
    return text
}

/// An article of about `bytes` bytes: paragraphs of three to five sentences, about air
/// defence (claims, traps and filler) or general news (no weapon system at all).
private func article(_ rng: inout SplitMix64, bytes: Int, defence: Bool = true) -> String {
    var text = ""
    while text.utf8.count < bytes {
        let count = 3 + Int(rng.next() % 3)
        text += (0..<count).map { _ in
            defence ? sentence(&rng) : (rng.next() % 3 == 0 ? rng.pick(fillerSentences) : rng.pick(newsSentences))
        }.joined(separator: " ") + "\n\n"
    }
    return text
}

private func generateCheckCorpus(directory: String, megabytes: Int, defencePercent: Int) {
    var rng = SplitMix64(state: 20251023)
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let corpusPath = directory + "/corpus.jsonl"
    _ = FileManager.default.createFile(atPath: corpusPath, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: corpusPath) else {
        FileHandle.standardError.write(Data("cannot write \(corpusPath)\n".utf8))
        exit(2)
    }
    let target = megabytes << 20
    var written = 0
    var id = 0
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    struct Record: Encodable { var id: Int; var text: String }
    while written < target {
        id += 1
        let defence = Int(rng.next() % 100) < defencePercent
        let line = (try! encoder.encode(Record(id: id, text: article(&rng, bytes: 3000 + Int(rng.next() % 4000), defence: defence)))) + Data("\n".utf8)
        handle.write(line)
        written += line.count
    }
    try? handle.close()
    let small = "# Igla-S in Venezuela\n\n" + article(&rng, bytes: 5 * 1024 - 30)
    _ = FileManager.default.createFile(atPath: directory + "/article-5k.md", contents: Data(small.utf8))
    print("wrote \(corpusPath) (\(id) articles, \(written) bytes) and \(directory)/article-5k.md (\(small.utf8.count) bytes)")
}

/// Writes every labelled passage under `folders` (a `.txt` or `.md` file beside its
/// `.expected.yaml`, sorted by path; a folder named `test`, the extraction corpus's scored
/// half, is never read) as one JSONL record each, repeating the list until about
/// `megabytes` MB are written.
private func gatherPassages(into path: String, megabytes: Int, from folders: [String]) {
    var files: [String] = []
    for folder in folders {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            FileHandle.standardError.write(Data("cannot read \(folder)\n".utf8))
            exit(2)
        }
        for case let relative as String in walker {
            let components = relative.split(separator: "/")
            guard !components.contains("test"), let name = components.last,
                  name.hasSuffix(".txt") || name.hasSuffix(".md") else { continue }
            let file = folder + "/" + relative
            let slug = file[..<(file.lastIndex(of: ".") ?? file.endIndex)]
            guard FileManager.default.fileExists(atPath: slug + ".expected.yaml") else { continue }
            files.append(file)
        }
    }
    files.sort()
    let texts = files.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    guard !texts.isEmpty else {
        FileHandle.standardError.write(Data("no passages under \(folders.joined(separator: " "))\n".utf8))
        exit(2)
    }
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else {
        FileHandle.standardError.write(Data("cannot write \(path)\n".utf8))
        exit(2)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    struct Record: Encodable { var id: Int; var text: String }
    let target = megabytes << 20
    var written = 0, id = 0
    while written < target {
        for text in texts where written < target {
            id += 1
            let line = (try! encoder.encode(Record(id: id, text: text))) + Data("\n".utf8)
            handle.write(line)
            written += line.count
        }
    }
    try? handle.close()
    print("wrote \(path) (\(texts.count) passages, \(id) records, \(written) bytes)")
}

/// The start-up steps of a one-article check, timed once in a fresh process (run it
/// several times; the first step also pays for loading the binary's code).
private func measureStartup(article: String) {
    func milliseconds(_ start: UInt64) -> String {
        String(format: "%.1f ms", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    var start = DispatchTime.now().uptimeNanoseconds
    let catalog = CatalogLoader.bundled().catalog
    print("catalog (\(catalog.systems.count) records, validated): \(milliseconds(start))")
    start = DispatchTime.now().uptimeNanoseconds
    guard let lexicons = try? Lexicon.allBundled() else { exit(2) }
    print("lexicons (\(lexicons.map(\.language).joined(separator: ", "))): \(milliseconds(start))")
    start = DispatchTime.now().uptimeNanoseconds
    _ = QuantityScanner(lexicons: lexicons)
    print("(quantity scanner tables alone: \(milliseconds(start)))")
    start = DispatchTime.now().uptimeNanoseconds
    _ = ClaimVocabulary(catalog: catalog, lexicons: lexicons)
    print("(phrase tables alone: \(milliseconds(start)))")
    start = DispatchTime.now().uptimeNanoseconds
    _ = JudgingContext(catalog: catalog)
    print("(judging tables alone: \(milliseconds(start)))")
    start = DispatchTime.now().uptimeNanoseconds
    let checker = ArticleChecker(catalog: catalog, lexicons: lexicons)
    print("phrase tables and scanner: \(milliseconds(start))")
    start = DispatchTime.now().uptimeNanoseconds
    guard let document = try? DocumentReader.read(contentsOf: article) else { exit(2) }
    let findings = checker.check(document)
    let report = FindingTextReporter.report(findings, files: 1, options: .init(), sourceText: { _ in document.text })
    print("read, check and report \(document.text.utf8.count) bytes (\(findings.count) findings, \(report.utf8.count) bytes of text): \(milliseconds(start))")
}

private func measureThroughput(path: String, runs: Int) {
    let catalog = CatalogLoader.bundledCatalog
    guard let lexicons = try? Lexicon.allBundled() else {
        FileHandle.standardError.write(Data("cannot load the bundled lexicons\n".utf8))
        exit(2)
    }
    let checker = ArticleChecker(catalog: catalog, lexicons: lexicons)
    // An untimed pass over the first 2 MB, so each language's phrase tables (built the
    // first time a document in that language is read) are built before timing.
    if let stream = try? JSONLArticleStream(path: path) {
        var warmed = 0
        for element in stream {
            guard case .success(let document) = element else { continue }
            _ = checker.check(document, explain: false)
            warmed += document.text.utf8.count
            if warmed > 2 << 20 { break }
        }
    }
    var rates: [Double] = []
    for run in 1...max(runs, 1) {
        guard let stream = try? JSONLArticleStream(path: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        var bytes = 0
        var findings = 0
        var articles = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for element in stream {
            guard case .success(let document) = element else { continue }
            bytes += document.text.utf8.count
            findings += checker.check(document, explain: false).count
            articles += 1
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let rate = Double(bytes) / 1_048_576 / seconds
        rates.append(rate)
        print(String(format: "run %d: %d articles, %.1f MB of text, %d findings in %.2f s: %.1f MB/s",
                     run, articles, Double(bytes) / 1_048_576, findings, seconds, rate))
    }
    let median = rates.sorted()[rates.count / 2]
    print(String(format: "median: %.1f MB/s (one core, catalog and phrase tables loaded before timing)", median))
}

/// `corpus DIR [--verbose]`: checks every `<slug>.{md,txt,html}` beside a
/// `<slug>.expected.yaml` and prints precision, recall and verdict accuracy.
func runCorpusScore(arguments: [String]) {
    guard let directory = arguments.first else { checkUsage() }
    let verbose = arguments.contains("--verbose")
    // `--exclude-attributes inventory[,class]`: leave these attributes out of the score.
    var excluded: Set<String> = []
    if let flag = arguments.firstIndex(of: "--exclude-attributes") {
        guard flag + 1 < arguments.count else { checkUsage() }
        excluded = Set(arguments[flag + 1].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        let known = Set(Attribute.allCases.map(\.rawValue) + ["class", "comparison", "inventory"])
        if let unknown = excluded.first(where: { !known.contains($0) }) {
            FileHandle.standardError.write(Data("arsenal-bench: --exclude-attributes: unknown attribute '\(unknown)'\n".utf8))
            exit(2)
        }
    }
    // A folder of language folders (the extraction corpus' dev/ or test/ half).
    if ((try? CorpusRun.articles(in: directory)) ?? []).isEmpty, !ExtractionCorpus.languages(in: directory).isEmpty {
        runExtractionScore(half: directory, verbose: verbose, excluding: excluded)
        return
    }
    do {
        let result = try CorpusRun.score(directory: directory)
        for article in result.articles {
            let score = article.score
            print("\(article.slug): \(score.matched.count) found, \(score.missed.count) missed, \(score.extra.count) extra, \(score.matched.count - score.correctVerdicts) wrong verdicts, \(score.trapped.count) traps hit")
            guard verbose else { continue }
            for label in score.missed { print("  missed  \(label.system) \(label.attribute) \"\(label.quote)\"") }
            for finding in score.extra {
                print("  extra   \(finding.claim.systemID) \(finding.claim.attribute.rawValue) \"\(finding.quote)\" [\(finding.verdict.rawValue)] \(finding.start)")
            }
            for (label, verdict) in score.matched where label.verdict != verdict {
                print("  verdict \(label.system) \(label.attribute) \"\(label.quote)\": expected \(label.verdict?.rawValue ?? "none"), got \(verdict.rawValue)")
            }
            for (trap, finding) in score.trapped { print("  trap    \"\(trap)\" → \(finding.claim.attribute.rawValue) \"\(finding.quote)\"") }
            for label in score.unplaced { print("  label quote not in the text: \"\(label.quote)\"") }
        }
        let total = result.total
        print(String(format: "\n%d articles: precision %.3f, recall %.3f, F1 %.3f, verdict accuracy %.3f (TP %d, FP %d, FN %d, traps hit %d)",
                     total.articles, total.precision, total.recall, total.f1, total.verdictAccuracy,
                     total.truePositives, total.falsePositives, total.falseNegatives, total.trapViolations))
    } catch {
        FileHandle.standardError.write(Data("arsenal-bench: \(error)\n".utf8))
        exit(2)
    }
}
